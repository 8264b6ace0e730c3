// The notice after "Not interested": which paper was hidden, and Undo (a form: works without JavaScript).
import { undoDismissFormAction } from "@/lib/actions/for-you";

export function HiddenNotice({ paper, returnTo }: { paper: { id: string; title: string }; returnTo: string }) {
  return (
    <div
      role="status"
      className="mb-4 flex flex-wrap items-center gap-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900"
    >
      <span>Hidden “{paper.title}” from For you; it will count against similar papers.</span>
      <form action={undoDismissFormAction}>
        <input type="hidden" name="paperId" value={paper.id} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-md bg-white px-3 font-medium text-indigo-700 ring-1 ring-amber-300 hover:underline sm:min-h-9"
        >
          Undo
        </button>
      </form>
    </div>
  );
}
