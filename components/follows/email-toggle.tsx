"use client";
// "Email me" on one follow: optimistic with JavaScript, a plain form POST without it (issue 7).
// A failure rolls the optimistic state back and says why in an aria-live region.
import { startTransition, useOptimistic, useState, type FormEvent } from "react";
import { followEmailFormAction, setFollowEmail } from "@/lib/actions/follows-email";

const base = "inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-600";

export function EmailToggle({ followId, initialOn }: { followId: string; initialOn: boolean }) {
  const [on, setOn] = useState(initialOn);
  const [optimistic, setOptimistic] = useOptimistic(on);
  const [message, setMessage] = useState("");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const want = !on;
    setMessage("");
    startTransition(async () => {
      setOptimistic(want);
      const result = await setFollowEmail(followId, want);
      startTransition(() => {
        if (result.ok) setOn(result.on);
        else setMessage(result.message);
      });
    });
  }

  return (
    <form action={followEmailFormAction} onSubmit={onSubmit} className="inline-flex items-center gap-2">
      <input type="hidden" name="id" value={followId} />
      <input type="hidden" name="on" value={String(!optimistic)} />
      <button
        type="submit"
        aria-pressed={optimistic}
        className={`${base} ${optimistic ? "border-indigo-400 bg-indigo-50 text-indigo-900" : "border-slate-300 text-slate-700 hover:bg-slate-50"}`}
      >
        <span aria-hidden="true">{optimistic ? "✉ ✓" : "✉"}</span>&nbsp;Email me
      </button>
      <span role="status" aria-live="polite" className="text-xs text-red-700">{message}</span>
    </form>
  );
}
