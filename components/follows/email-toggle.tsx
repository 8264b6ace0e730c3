"use client";
// "Email me" on one follow: optimistic with JavaScript, a plain form POST without it.
// A failure rolls the optimistic state back and says why in an aria-live region.
import { useOptimisticToggle } from "@/components/bookmarks/use-optimistic-toggle";
import { followEmailFormAction, setFollowEmail } from "@/lib/actions/follows-email";

const base =
  "inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600";

export function EmailToggle({ followId, initialOn }: { followId: string; initialOn: boolean }) {
  const { optimistic, message, onSubmit } = useOptimisticToggle({ on: initialOn }, (want) =>
    setFollowEmail(followId, want),
  );

  return (
    <form action={followEmailFormAction} onSubmit={onSubmit} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={followId} />
      <input type="hidden" name="on" value={String(!optimistic.on)} />
      <button
        type="submit"
        aria-pressed={optimistic.on}
        className={`${base} ${optimistic.on ? "border-indigo-400 bg-indigo-50 text-indigo-900" : "border-slate-300 text-slate-700 hover:bg-slate-50"}`}
      >
        <span aria-hidden="true">{optimistic.on ? "✉ ✓" : "✉"}</span>&nbsp;Email me
      </button>
      <span role="status" aria-live="polite" className="text-xs text-red-700">
        {message}
      </span>
    </form>
  );
}
