// The HTML shell shared by every mail: inline styles only (mail clients drop <style> and classes).
import { escapeHtml } from "@/lib/escape-html";

export type RenderedMail = { subject: string; text: string; html: string };

export function htmlShell(title: string, body: string, footer: string): string {
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f8fafc;font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#0f172a;line-height:1.5">',
    '<div style="max-width:640px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">',
    body,
    `<hr style="border:none;border-top:1px solid #e2e8f0;margin:24px 0"><div style="font-size:13px;color:#475569">${footer}</div>`,
    "</div></body></html>",
  ].join("\n");
}

export function htmlLink(url: string, label: string): string {
  return `<a href="${escapeHtml(url)}" style="color:#4338ca">${escapeHtml(label)}</a>`;
}
