// The account mails (pure): confirm an address, reset a password, and "someone tried to sign up
// with your address" — the mail that lets sign-up answer alike for new and taken addresses.
import { escapeHtml } from "@/lib/escape-html";
import { htmlLink, htmlShell, type RenderedMail } from "./layout";

export type AccountMail =
  | { kind: "verify"; url: string; expiresInHours: number }
  | { kind: "reset"; url: string; expiresInHours: number }
  | { kind: "sign-up-attempt"; resetUrl: string; signInUrl: string; expiresInHours: number };

type Link = { label: string; url: string };
type Parts = { subject: string; intro: string; action: Link; after: Link[]; ignore: string };

const hours = (n: number) => (n === 1 ? "1 hour" : `${n} hours`);

function partsOf(mail: AccountMail): Parts {
  if (mail.kind === "verify") {
    return {
      subject: "Confirm your email address for Paperboard",
      intro:
        "Someone (hopefully you) created a Paperboard account with this address. Open this link and press the button to confirm the address and sign in:",
      action: { label: "Confirm my address", url: mail.url },
      after: [],
      ignore: `If you did not create it, ignore this mail: nobody can sign in to an account whose address is not confirmed. The link expires in ${hours(mail.expiresInHours)}.`,
    };
  }
  if (mail.kind === "reset") {
    return {
      subject: "Reset your Paperboard password",
      intro:
        "Someone (hopefully you) asked to reset the password of the Paperboard account with this address. Choose a new password here:",
      action: { label: "Choose a new password", url: mail.url },
      after: [],
      ignore: `If you did not ask, ignore this mail: your password stays as it is. The link works once and expires in ${hours(mail.expiresInHours)}.`,
    };
  }
  return {
    subject: "Someone tried to create a Paperboard account with your address",
    intro:
      "Someone (maybe you) tried to create a Paperboard account with this address, which already has one. If it was you and you forgot your password, choose a new one here:",
    action: { label: "Choose a new password", url: mail.resetUrl },
    after: [{ label: "Or sign in as usual:", url: mail.signInUrl }],
    ignore: `If it was not you, ignore this mail: nothing has changed. The link works once and expires in ${hours(mail.expiresInHours)}.`,
  };
}

export function renderAccountMail(mail: AccountMail, baseUrl: string): RenderedMail {
  const { subject, intro, action, after, ignore } = partsOf(mail);
  const text = [
    intro,
    "",
    action.url,
    "",
    ...after.flatMap((link) => [`${link.label} ${link.url}`, ""]),
    ignore,
    "",
    `Paperboard — ${baseUrl}`,
  ].join("\n");
  const html = htmlShell(
    subject,
    [
      `<p>${escapeHtml(intro)}</p>`,
      `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#4f46e5;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>`,
      `<p style="font-size:13px;color:#475569">Or paste this link into your browser: ${escapeHtml(action.url)}</p>`,
      ...after.map((link) => `<p>${escapeHtml(link.label)} ${htmlLink(link.url, link.url)}</p>`),
    ].join("\n"),
    `${escapeHtml(ignore)}<br>${htmlLink(baseUrl, "Paperboard")}`,
  );
  return { subject, text, html };
}
