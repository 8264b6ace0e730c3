// "Send the link again": a plain form (no JS needed). Signed in, the account's own address is used.
import { resendVerificationAction } from "@/lib/actions/account-email";
import { Field } from "./field";

const secondary = "rounded-md border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100";

export function ResendVerificationForm({ signedIn }: { signedIn: boolean }) {
  return (
    <form action={resendVerificationAction} className="space-y-3">
      {!signedIn && <Field name="email" label="Your email" type="email" autoComplete="email" required />}
      <button type="submit" className={secondary}>
        Send the confirmation link again
      </button>
    </form>
  );
}
