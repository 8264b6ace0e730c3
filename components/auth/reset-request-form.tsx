"use client";
// "Forgot your password?": the address to mail a reset link to (server action; works without JS).
import { useActionState } from "react";
import { requestPasswordResetAction } from "@/lib/actions/account-email";
import { IDLE } from "@/lib/actions/form-state";
import { Field, FormMessage, buttonClass } from "./field";

export function ResetRequestForm() {
  const [state, action, pending] = useActionState(requestPasswordResetAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage status={state.status} message={state.message} />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fields?.email}
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Sending…" : "Mail me a reset link"}
      </button>
    </form>
  );
}
