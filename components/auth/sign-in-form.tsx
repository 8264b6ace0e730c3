"use client";
// Sign-in form: a server action with useActionState, so it posts and re-renders without JS too.
import { useActionState } from "react";
import { signInAction } from "@/lib/actions/account";
import { IDLE } from "@/lib/actions/form-state";
import { PASSWORD_MAX } from "@/lib/validation/auth";
import { Field, FormMessage, buttonClass } from "./field";

export function SignInForm({ next, bookmark }: { next: string; bookmark?: string }) {
  const [state, action, pending] = useActionState(signInAction, IDLE);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      {bookmark && <input type="hidden" name="bookmark" value={bookmark} />}
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
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={PASSWORD_MAX}
        error={state.fields?.password}
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
