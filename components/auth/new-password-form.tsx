"use client";
// The form a reset link opens: the new password, with the link's token (server action; works without JS).
import { useActionState } from "react";
import { resetPasswordAction } from "@/lib/actions/account-email";
import { IDLE } from "@/lib/actions/form-state";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/auth";
import { Field, FormMessage, buttonClass } from "./field";

export function NewPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage status={state.status} message={state.message} />
      <Field
        name="newPassword"
        label={`New password (at least ${PASSWORD_MIN} characters)`}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        error={state.fields?.newPassword}
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Saving…" : "Set the new password"}
      </button>
    </form>
  );
}
