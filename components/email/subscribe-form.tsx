// The digest subscription form: a plain POST form, so it works without JavaScript.
import { FREQUENCIES } from "@/lib/validation/subscribe";

const LABELS = { daily: "Daily — each new digest", weekly: "Weekly — the best of the last week" } as const;

export function SubscribeForm({ error }: { error?: { field: "email" | "frequency"; message: string } }) {
  const emailError = error?.field === "email" ? error.message : undefined;
  return (
    <form action="/api/subscribe" method="post" className="space-y-5 rounded-lg border border-slate-200 bg-white p-5">
      <div>
        <label htmlFor="subscribe-email" className="block text-sm font-medium">
          Email address
        </label>
        <input
          id="subscribe-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          maxLength={254}
          autoFocus={Boolean(emailError)}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "subscribe-email-error" : undefined}
          className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2"
        />
        {emailError && (
          <p id="subscribe-email-error" role="alert" className="mt-1 text-sm text-red-700">
            {emailError}
          </p>
        )}
      </div>
      <fieldset>
        <legend className="text-sm font-medium">How often</legend>
        <div className="mt-2 space-y-2">
          {FREQUENCIES.map((f) => (
            <label key={f} className="flex items-center gap-2 text-sm">
              <input type="radio" name="frequency" value={f} defaultChecked={f === "daily"} className="h-4 w-4" />
              {LABELS[f]}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-700">
        Subscribe
      </button>
      <p className="text-xs text-slate-500">
        We send one confirmation mail first; nothing else arrives until you open its link. Every digest has a one-click
        unsubscribe link.
      </p>
    </form>
  );
}
