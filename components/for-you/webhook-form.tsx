"use client";
// The account page's webhook settings: URL (Slack or Discord incoming webhook, or any receiver), the
// signing secret to verify posts with, and Remove. Works without JavaScript (a form action).
import { useActionState } from "react";
import { webhookFormAction } from "@/lib/actions/webhooks";
import { IDLE } from "@/lib/actions/form-state";

export function WebhookForm({ url, secret }: { url: string | null; secret: string | null }) {
  const [state, action, pending] = useActionState(webhookFormAction, IDLE);
  const error = state.fields?.url;
  return (
    <form action={action} className="space-y-2 text-sm">
      <label htmlFor="webhook-url" className="block font-medium text-slate-800">
        Webhook URL
      </label>
      <input
        id="webhook-url"
        name="url"
        type="url"
        defaultValue={state.values?.url ?? url ?? ""}
        placeholder="https://hooks.slack.com/services/…"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "webhook-url-error" : "webhook-url-help"}
        className="min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2"
      />
      {error ? (
        <p id="webhook-url-error" className="text-red-700">
          {error}
        </p>
      ) : (
        <p id="webhook-url-help" className="text-slate-600">
          Gets your follows' new papers and For you each day, as JSON Slack and Discord accept, signed in the{" "}
          <code>X-Paperboard-Signature</code> header (HMAC-SHA256 of the body).
        </p>
      )}
      {secret && (
        <p className="break-all text-slate-600">
          Signing secret: <code>{secret}</code>
        </p>
      )}
      <p role="status" className="text-emerald-700">
        {state.status === "ok" ? state.message : ""}
      </p>
      <div className="flex gap-2">
        <button
          type="submit"
          name="intent"
          value="save"
          disabled={pending}
          className="min-h-11 rounded-md bg-indigo-600 px-4 font-medium text-white hover:bg-indigo-700"
        >
          Save webhook
        </button>
        {url && (
          <button
            type="submit"
            name="intent"
            value="remove"
            disabled={pending}
            className="min-h-11 rounded-md bg-white px-4 font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
          >
            Remove
          </button>
        )}
      </div>
    </form>
  );
}
