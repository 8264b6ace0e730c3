// The user's collections: filter links, create, rename, delete, share (read-only link) and revoke.
// Plain forms posting to server actions: all of it works without JavaScript.
import Link from "next/link";
import {
  createCollectionAction,
  deleteCollectionAction,
  renameCollectionAction,
  revokeShareAction,
  shareCollectionAction,
} from "@/lib/actions/library";
import type { CollectionSummary } from "@/lib/db/collections";
import { COLLECTION_NAME_MAX } from "@/lib/validation/library";

const small = "rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100";

export function CollectionsPanel({
  collections,
  active,
  appUrl,
}: {
  collections: CollectionSummary[];
  active?: number;
  appUrl: string;
}) {
  return (
    <section aria-labelledby="collections-heading" className="space-y-3">
      <h2 id="collections-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
        Collections
      </h2>
      <ul className="space-y-3 text-sm">
        {collections.map((c) => (
          <li key={c.id} className="space-y-1">
            <Link
              href={`/library?collection=${c.id}`}
              aria-current={c.id === active ? "true" : undefined}
              className="font-medium text-indigo-700 hover:underline"
            >
              {c.name}
            </Link>{" "}
            <span className="text-slate-500">({c.count})</span>
            <details>
              <summary className="cursor-pointer text-xs text-slate-600">Manage</summary>
              <form action={renameCollectionAction} className="mt-1 flex gap-1">
                <input type="hidden" name="collectionId" value={c.id} />
                <label className="sr-only" htmlFor={`rename-${c.id}`}>
                  New name for {c.name}
                </label>
                <input
                  id={`rename-${c.id}`}
                  name="name"
                  defaultValue={c.name}
                  required
                  maxLength={COLLECTION_NAME_MAX}
                  className="min-w-0 flex-1 rounded border border-slate-300 px-1 text-xs"
                />
                <button type="submit" className={small}>
                  Rename
                </button>
              </form>
              <div className="mt-1 flex flex-wrap gap-1">
                <form action={c.shareToken ? revokeShareAction : shareCollectionAction}>
                  <input type="hidden" name="collectionId" value={c.id} />
                  <button type="submit" className={small}>
                    {c.shareToken ? "Revoke share link" : "Create share link"}
                  </button>
                </form>
                <form action={deleteCollectionAction}>
                  <input type="hidden" name="collectionId" value={c.id} />
                  <button type="submit" className={`${small} text-red-700`}>
                    Delete {c.name}
                  </button>
                </form>
              </div>
              {c.shareToken && (
                <p className="mt-1 break-all text-xs">
                  Read-only link:{" "}
                  <a
                    href={`/shared/${c.shareToken}`}
                    className="text-indigo-700 underline"
                  >{`${appUrl}/shared/${c.shareToken}`}</a>
                </p>
              )}
            </details>
          </li>
        ))}
      </ul>
      <form action={createCollectionAction} className="flex gap-1">
        <label className="sr-only" htmlFor="new-collection">
          New collection name
        </label>
        <input
          id="new-collection"
          name="name"
          placeholder="New collection"
          required
          maxLength={COLLECTION_NAME_MAX}
          className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 text-sm"
        />
        <button type="submit" className="rounded bg-indigo-600 px-2 py-1 text-sm text-white hover:bg-indigo-700">
          Create
        </button>
      </form>
    </section>
  );
}
