// The double opt-in mail: one confirmation link, and what happens if it is ignored.
import { escapeHtml } from "@/lib/escape-html";
import type { Frequency } from "@/lib/validation/subscribe";
import type { ConfirmScope } from "./tokens";
import { htmlLink, htmlShell, type RenderedMail } from "./layout";

export function renderConfirmationMail(input: {
  confirmUrl: string;
  frequency: Frequency;
  scope: ConfirmScope;
  expiresInHours: number;
  baseUrl: string;
}): RenderedMail {
  const what = input.frequency === "daily" ? "daily" : "weekly";
  const follows = input.scope === "follows";
  const subject = follows
    ? `Confirm ${what} email of your Paperboard follows`
    : `Confirm your Paperboard ${what} digest`;
  const asked = follows
    ? `Someone (hopefully you) signed in to Paperboard asked for the ${what} mail of new papers from their follows at this address.`
    : `Someone (hopefully you) asked for the Paperboard ${what} digest of trending papers at this address.`;
  const ignore = `If you did not ask for this, ignore this mail: nothing is sent unless the link is opened. The link expires in ${input.expiresInHours} hours.`;
  const text = [
    asked,
    "",
    "Open this link and press Confirm:",
    input.confirmUrl,
    "",
    ignore,
    "",
    `Paperboard — ${input.baseUrl}`,
  ].join("\n");
  const html = htmlShell(
    subject,
    [
      `<p>${escapeHtml(asked)}</p>`,
      `<p style="margin:24px 0"><a href="${escapeHtml(input.confirmUrl)}" style="background:#4f46e5;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:600">Confirm my subscription</a></p>`,
      `<p style="font-size:13px;color:#475569">Or paste this link into your browser: ${escapeHtml(input.confirmUrl)}</p>`,
    ].join("\n"),
    `${escapeHtml(ignore)}<br>${htmlLink(input.baseUrl, "Paperboard")}`,
  );
  return { subject, text, html };
}
