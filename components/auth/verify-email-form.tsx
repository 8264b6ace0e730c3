"use client";
// The one button on the page a confirmation mail's link opens (server action; works without JS).
import { useActionState } from "react";
import { verifyEmailAction } from "@/lib/actions/account-email";
import { IDLE } from "@/lib/actions/form-state";
import { FormMessage, buttonClass } from "./field";

export function VerifyEmailForm({ token, next }: { token: string; next: string }) {
  const [state, action, pending] = useActionState(verifyEmailAction, IDLE);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="next" value={next} />
      <FormMessage status={state.status} message={state.message} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Confirming…" : "Confirm my address"}
      </button>
    </form>
  );
}
