// Webhook bodies and their signature (pure): one JSON body Slack ("text") and Discord ("content") both
// accept, with the papers as data beside it, signed as HMAC-SHA256 of the exact body bytes.
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

export type WebhookSection = { label: string; papers: { title: string; url: string }[] };

/** Discord refuses `content` past 2,000 characters; Slack's `text` allows far more. */
const MAX_CONTENT = 2_000;

export function toWebhookBody(heading: string, sections: WebhookSection[]): string {
  const lines = [
    `*${heading}*`,
    ...sections.flatMap((s) => [``, `*${s.label}*`, ...s.papers.map((p) => `• ${p.title} — ${p.url}`)]),
  ];
  let text = lines.join("\n");
  if (text.length > MAX_CONTENT) text = `${text.slice(0, MAX_CONTENT - 1)}…`;
  return JSON.stringify({ text, content: text, sections });
}

export const SIGNATURE_HEADER = "X-Paperboard-Signature";

export function signBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** What a receiver does: recompute and compare in constant time. */
export function verifySignature(body: string, secret: string, header: string | null): boolean {
  const expected = Buffer.from(signBody(body, secret));
  const given = Buffer.from(header ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A webhook URL: http(s) only, no user:password, bounded; the receiver is the reader's own choice. */
export const WebhookUrlSchema = z
  .string()
  .trim()
  .max(2_000, "is too long")
  .pipe(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }))
  .refine((u) => {
    // Runs even when the URL check failed (zod reports every issue): parse defensively.
    const url = URL.canParse(u) ? new URL(u) : null;
    return url === null || (url.username === "" && url.password === "");
  }, "must not contain a user name or password");

/** Minutes to wait after the n-th failed attempt: 1, 2, 4, 8… (like mail, a later run retries). */
export function backoffMinutes(attempts: number): number {
  return 2 ** Math.max(0, attempts - 1);
}

/** Attempts after which a delivery is given up (as mail deliveries are). */
export const MAX_WEBHOOK_ATTEMPTS = 5;
