// "Not interested" on a For you card: a plain form (works without JavaScript); `x` presses it.
import { dismissFormAction } from "@/lib/actions/for-you";

export function DismissButton({ paperId, returnTo }: { paperId: string; returnTo: string }) {
  return (
    <form action={dismissFormAction} className="mt-2">
      <input type="hidden" name="paperId" value={paperId} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        data-triage-dismiss
        aria-keyshortcuts="x"
        className="inline-flex min-h-11 items-center rounded-md px-3 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 sm:min-h-9"
      >
        Not interested
      </button>
    </form>
  );
}
