"use client";
// Change-password form (server action + useActionState; works without JS).
import { useActionState } from "react";
import { changePasswordAction } from "@/lib/actions/account";
import { IDLE } from "@/lib/actions/form-state";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/auth";
import { Field, FormMessage, buttonClass } from "./field";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <Field
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={state.fields?.currentPassword}
      />
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
        {pending ? "Saving…" : "Change password"}
      </button>
    </form>
  );
}
