// Catch-up controls for a signed-in reader's list: all papers or only those new since the last visit,
// "Mark all as seen" (a form: works without JavaScript), and the island that notes cards seen on screen.
import Link from "next/link";
import { markAllSeenFormAction } from "@/lib/actions/seen";
import { SeenTracker } from "./seen-tracker";

const pill = "inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium";

type Props = { allHref: string; newHref: string; onlyNew: boolean };

export function CatchUpBar({ allHref, newHref, onlyNew }: Props) {
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
      <nav aria-label="Catch up" className="flex flex-wrap gap-1">
        <Link
          href={allHref}
          aria-current={!onlyNew ? "page" : undefined}
          className={`${pill} ${!onlyNew ? "font-semibold text-slate-900" : "text-indigo-700 hover:underline"}`}
        >
          All
        </Link>
        <Link
          href={newHref}
          aria-current={onlyNew ? "page" : undefined}
          className={`${pill} ${onlyNew ? "font-semibold text-slate-900" : "text-indigo-700 hover:underline"}`}
        >
          New since your last visit
        </Link>
      </nav>
      {onlyNew && (
        <form action={markAllSeenFormAction}>
          <input type="hidden" name="returnTo" value={newHref} />
          <button
            type="submit"
            className="inline-flex min-h-11 items-center rounded-md bg-white px-3 font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 sm:min-h-9"
          >
            Mark all as seen
          </button>
        </form>
      )}
      <SeenTracker />
    </div>
  );
}
