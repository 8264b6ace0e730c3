// Your library: bookmarks with notes, tags, collections and read state; search, filters, export.
import type { Metadata } from "next";
import Link from "next/link";
import { BookmarkItem } from "@/components/library/bookmark-item";
import { CollectionsPanel } from "@/components/library/collections-panel";
import { ExportLinks } from "@/components/library/export-links";
import { LibraryFilters } from "@/components/library/library-filters";
import { libraryNotice } from "@/components/library/notices";
import { requireUser } from "@/lib/auth/session";
import { toCoinsTitle } from "@/lib/citation/page-metadata";
import { listUserTags } from "@/lib/db/bookmarks";
import { listCitationPapers } from "@/lib/db/citations";
import { getDb } from "@/lib/db/client";
import { listCollections } from "@/lib/db/collections";
import { listLibrary } from "@/lib/db/library";
import { listTopicsWithCounts } from "@/lib/db/topics";
import { getAppUrl } from "@/lib/site-url";
import { LibraryQuerySchema } from "@/lib/validation/library";
import { toParamRecord } from "@/lib/validation/params";

export const metadata: Metadata = { title: "Your library", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LibraryPage({ searchParams }: Props) {
  const db = getDb();
  const user = await requireUser({ returnTo: "/library" });
  const params = toParamRecord(await searchParams);
  const query = LibraryQuerySchema.parse(params);
  const [items, collections, tags, topics] = await Promise.all([
    listLibrary(db, user.id, query),
    listCollections(db, user.id),
    listUserTags(db, user.id),
    listTopicsWithCounts(db),
  ]);
  const appUrl = getAppUrl();
  const coins = new Map(
    (
      await listCitationPapers(
        db,
        items.map((i) => i.paper.id),
      )
    ).map((c) => [c.id, toCoinsTitle(c, appUrl)]),
  );
  const filters = {
    q: query.q || undefined,
    collection: query.collection?.toString(),
    tag: query.tag,
    topic: query.topic,
    read: query.read,
    sort: query.sort,
  };
  const returnTo = `/library?${new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1])))}`;
  const notice = libraryNotice(params.notice);
  return (
    <div className="grid gap-6 md:grid-cols-[14rem_1fr]">
      <aside className="space-y-6">
        <CollectionsPanel collections={collections} active={query.collection} appUrl={appUrl} />
        <Link href="/library/import" className="block text-sm font-medium text-indigo-700 hover:underline">
          Import BibTeX or arXiv ids
        </Link>
      </aside>
      <section aria-labelledby="library-heading" className="min-w-0 space-y-4">
        <h1 id="library-heading" className="text-2xl font-bold tracking-tight">
          Your library
        </h1>
        <p
          role={notice?.error ? "alert" : "status"}
          aria-live="polite"
          className={notice?.error ? "text-sm text-red-700" : "text-sm text-emerald-700"}
        >
          {notice?.text}
        </p>
        <LibraryFilters query={query} collections={collections} tags={tags} topics={topics} />
        <ExportLinks base="/library/export" params={filters} label={`Export these ${items.length}`} />
        {items.length === 0 ? (
          <p className="rounded-md bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
            No bookmarks here yet. Use ☆ Bookmark on any paper
            {query.q || query.tag || query.collection ? ", or change the filters" : ""}.
          </p>
        ) : (
          <ol aria-label="Bookmarks" className="space-y-4">
            {items.map((item) => (
              <li key={item.bookmarkId}>
                <BookmarkItem
                  item={item}
                  collections={collections}
                  returnTo={returnTo}
                  coins={coins.get(item.paper.id)}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
