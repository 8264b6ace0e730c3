// Sends the account mails (confirm an address, reset a password, "someone tried to sign up with
// your address") for better-auth's hooks. Sending never holds the request: an answer takes as long
// whether a mail goes out, which one, or none — sign-up and reset must not tell whether an address
// has an account, and a slow relay must not show through as a slow answer.
import "server-only";
import { getAppUrl } from "@/lib/site-url";
import { sendMail } from "./mailer";
import { createRateLimiter, type RateLimiter } from "./rate-limit";
import { renderAccountMail, type AccountMail } from "./render-account-mail";

export const VERIFY_TTL_HOURS = 24;
export const RESET_TTL_HOURS = 1;
/** Anyone can make us mail an address (sign up or ask for a reset with it): cap the mail it gets. */
const MAILS_PER_ADDRESS_PER_HOUR = 5;

// Kept on globalThis so dev-mode module reloads do not reset the counts.
const g = globalThis as unknown as { paperboardAccountMailLimit?: RateLimiter };

/** Starts the mail and returns at once; a refusal or failure is logged, never thrown. */
export function sendAccountMailInBackground(to: string, mail: AccountMail): void {
  const address = to.trim().toLowerCase();
  g.paperboardAccountMailLimit ??= createRateLimiter({ limit: MAILS_PER_ADDRESS_PER_HOUR, windowMs: 3_600_000 });
  if (!g.paperboardAccountMailLimit.hit(address).ok) {
    console.warn(`[account-mail] ${mail.kind} mail to ${address} not sent: it had ${MAILS_PER_ADDRESS_PER_HOUR} account mails this hour`);
    return;
  }
  const rendered = renderAccountMail(mail, getAppUrl());
  sendMail({ to: address, ...rendered }).catch((error: unknown) => console.error(`[account-mail] ${mail.kind} mail to ${address} failed`, error));
}
