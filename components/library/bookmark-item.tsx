// One bookmark in the library: the paper, its tags, collections, note and read state, and a form to
// edit them. User text is rendered as React text nodes (escaped), never as HTML.
import Link from "next/link";
import { bookmarkFormAction } from "@/lib/actions/bookmarks";
import { saveBookmarkAction } from "@/lib/actions/library";
import type { CollectionSummary } from "@/lib/db/collections";
import type { LibraryItem } from "@/lib/db/library";
import { formatDay } from "@/lib/format";
import { NOTE_MAX } from "@/lib/validation/library";

type Props = { item: LibraryItem; collections: CollectionSummary[]; returnTo: string; coins?: string };

export function BookmarkItem({ item, collections, returnTo, coins }: Props) {
  const { paper } = item;
  const fieldId = `bm-${item.bookmarkId}`;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`${fieldId}-title`}>
      <h2 id={`${fieldId}-title`} className="text-base font-semibold leading-snug">
        <Link href={`/papers/${paper.slug}`} className="text-slate-900 hover:text-indigo-700 hover:underline">
          {paper.title}
        </Link>
      </h2>
      <p className="mt-1 text-xs text-slate-500">
        Paper of <time dateTime={paper.digestDate}>{formatDay(paper.digestDate)}</time> · saved{" "}
        <time dateTime={item.savedAt}>{formatDay(item.savedAt.slice(0, 10))}</time> ·{" "}
        <span className={item.read ? "text-emerald-700" : "text-amber-700"}>{item.read ? "Read" : "Unread"}</span>
      </p>
      {item.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-2 flex flex-wrap gap-1">
          {item.tags.map((t) => (
            <li key={t}>
              <Link
                href={`/library?tag=${encodeURIComponent(t)}`}
                className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-200"
              >
                #{t}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {item.collections.length > 0 && (
        <p className="mt-1 text-xs text-slate-600">In: {item.collections.map((c) => c.name).join(", ")}</p>
      )}
      {item.note && (
        <p className="mt-2 whitespace-pre-wrap rounded bg-amber-50 p-2 text-sm text-slate-800" data-testid="note">
          {item.note}
        </p>
      )}
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-indigo-700">Edit note, tags, collections</summary>
        <form action={saveBookmarkAction} className="mt-2 space-y-3">
          <input type="hidden" name="bookmarkId" value={item.bookmarkId} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <label htmlFor={`${fieldId}-note`} className="block text-sm font-medium">
            Private note
          </label>
          <textarea
            id={`${fieldId}-note`}
            name="note"
            defaultValue={item.note}
            maxLength={NOTE_MAX}
            rows={3}
            className="w-full rounded-md border border-slate-300 p-2 text-sm"
          />
          <label htmlFor={`${fieldId}-tags`} className="block text-sm font-medium">
            Tags (comma-separated)
          </label>
          <input
            id={`${fieldId}-tags`}
            name="tags"
            defaultValue={item.tags.join(", ")}
            className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
          {collections.length > 0 && (
            <fieldset>
              <legend className="text-sm font-medium">Collections</legend>
              {collections.map((c) => (
                <label key={c.id} className="mr-4 inline-flex items-center gap-1 text-sm">
                  <input
                    type="checkbox"
                    name="collections"
                    value={c.id}
                    defaultChecked={item.collections.some((x) => x.id === c.id)}
                  />{" "}
                  {c.name}
                </label>
              ))}
            </fieldset>
          )}
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="read" defaultChecked={item.read} /> Read
          </label>
          <button
            type="submit"
            className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-indigo-700"
          >
            Save
          </button>
        </form>
      </details>
      <form action={bookmarkFormAction} className="mt-2">
        <input type="hidden" name="paperId" value={paper.id} />
        <input type="hidden" name="on" value="false" />
        <input type="hidden" name="returnTo" value={returnTo} />
        <button type="submit" className="text-xs text-red-700 hover:underline">
          Remove from library
        </button>
      </form>
      {coins && <span className="Z3988" title={coins} />}
    </article>
  );
}
