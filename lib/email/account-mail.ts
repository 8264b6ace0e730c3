// Sends the account mails (confirm an address, reset a password, "someone tried to sign up with
// your address") for better-auth's hooks. Sending never holds the request: an answer takes as long
// whether a mail goes out, which one, or none — sign-up and reset must not tell whether an address
// has an account, and a slow relay must not show through as a slow answer.
import "server-only";
import { ACCOUNT_MAILS_PER_ADDRESS_PER_HOUR } from "@/lib/rate-limit/policies";
import { takeRateLimit } from "@/lib/rate-limit/limiter";
import { getAppUrl } from "@/lib/site-url";
import { sendMail } from "./mailer";
import { renderAccountMail, type AccountMail } from "./render-account-mail";

export const VERIFY_TTL_HOURS = 24;
export const RESET_TTL_HOURS = 1;
/** Starts the mail and returns at once; a refusal or failure is logged, never thrown. */
export function sendAccountMailInBackground(to: string, mail: AccountMail): void {
  const address = to.trim().toLowerCase();
  void (async () => {
    if (!(await takeRateLimit("account-mail", address)).allowed) {
      console.warn(
        `[account-mail] ${mail.kind} mail to ${address} not sent: it had ${ACCOUNT_MAILS_PER_ADDRESS_PER_HOUR} account mails this hour`,
      );
      return;
    }
    await sendMail({ to: address, ...renderAccountMail(mail, getAppUrl()) });
  })().catch((error: unknown) => console.error(`[account-mail] ${mail.kind} mail to ${address} failed`, error));
}
