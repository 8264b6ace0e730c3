"use client";
// Creates a personal API token; the answer shows the token once (server action + useActionState,
// works without JS).
import { useActionState } from "react";
import { createApiTokenAction } from "@/lib/actions/api-tokens";
import { IDLE } from "@/lib/actions/form-state";
import { API_TOKEN_NAME_MAX } from "@/lib/validation/api-tokens";
import { Field, FormMessage, buttonClass } from "@/components/auth/field";

export function CreateApiTokenForm() {
  const [state, action, pending] = useActionState(createApiTokenAction, IDLE);
  const token = state.status === "ok" ? state.values?.token : undefined;
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage status={state.status} message={state.message} />
      {token && (
        <div className="space-y-1">
          <label htmlFor="new-api-token" className="block text-sm font-medium text-slate-800">
            Your new token
          </label>
          <input
            id="new-api-token"
            readOnly
            value={token}
            className="w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <Field
        name="name"
        label="Token name"
        required
        maxLength={API_TOKEN_NAME_MAX}
        placeholder="e.g. MCP on my laptop"
        error={state.fields?.name}
      />
      <button type="submit" className={buttonClass} disabled={pending}>
        {pending ? "Creating…" : "Create token"}
      </button>
    </form>
  );
}
