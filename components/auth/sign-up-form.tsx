"use client";
// Sign-up form (server action + useActionState; works without JS). Limits come from the shared schema.
import { useActionState } from "react";
import { signUpAction } from "@/lib/actions/account";
import { IDLE } from "@/lib/actions/form-state";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/auth";
import { Field, FormMessage, buttonClass } from "./field";

export function SignUpForm({ next, bookmark }: { next: string; bookmark?: string }) {
  const [state, action, pending] = useActionState(signUpAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {bookmark && <input type="hidden" name="bookmark" value={bookmark} />}
      <FormMessage status={state.status} message={state.message} />
      <Field
        name="name"
        label="Name"
        autoComplete="name"
        required
        maxLength={80}
        defaultValue={state.values?.name}
        error={state.fields?.name}
      />
      <Field
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email}
        error={state.fields?.email}
      />
      <Field
        name="password"
        label={`Password (at least ${PASSWORD_MIN} characters)`}
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        maxLength={PASSWORD_MAX}
        error={state.fields?.password}
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Creating account…" : "Create account"}
      </button>
    </form>
  );
}
