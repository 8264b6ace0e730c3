// Search results: the count (announced politely), highlighted hits and pagination — honest past the hit cap.
import { Pager } from "@/components/layout/pager";
import type { ReactNode } from "react";
import type { PaperCardData } from "@/components/paper/paper-card";
import { PaperActions } from "@/components/bookmarks/paper-actions";
import { PaperListView, type CardExtras } from "@/components/paper/paper-list-view";
import { fromViewerJson, type ViewerJson } from "@/lib/library/viewer-json";
import type { SearchResult } from "@/lib/search/search-papers";
import { hasFilters, searchHref } from "@/lib/validation/search-query";
import { Highlighted } from "./highlighted";

function countLabel(result: SearchResult): string {
  const { total, totalIsCapped, query } = result;
  const n =
    total === 0
      ? "No papers found"
      : `${totalIsCapped ? "More than " : ""}${total.toLocaleString("en-US")} ${total === 1 ? "paper" : "papers"}`;
  return `${n}${query.q ? ` for “${query.q}”` : ""}${hasFilters(query) ? " with filters" : ""}`;
}

/** The cards of a result, for the server to wrap with bookmark controls (components/paper/paper-list.tsx). */
export function toResultCards(result: SearchResult): PaperCardData[] {
  return result.hits.map((h) => ({
    id: h.id,
    slug: h.slug,
    title: <Highlighted segments={h.title} />,
    summary: <Highlighted segments={h.snippet} />,
    digestDate: h.digestDate,
    topics: h.topics,
    linkKinds: h.linkKinds,
    authors: h.authors,
  }));
}

/** Controls for cards rendered in the browser, from the viewer state /api/search sends with its hits. */
function clientExtras(result: SearchResult & { viewer?: ViewerJson }): Map<string, CardExtras> | undefined {
  if (!result.viewer) return undefined;
  const viewer = fromViewerJson(result.viewer);
  return new Map(result.hits.map((h) => [h.id, { actions: <PaperActions paperId={h.id} viewer={viewer} /> }]));
}

/**
 * `list`: the server-rendered list for the URL's own result (with bookmark controls and COinS);
 * results fetched as you type carry the viewer's state and get the same controls in the browser.
 */
export function SearchResults({
  result,
  busy,
  list,
}: {
  result: SearchResult & { viewer?: ViewerJson };
  busy?: boolean;
  list?: ReactNode;
}) {
  const { query, hits, total, page, totalPages, totalIsCapped } = result;
  return (
    <section
      aria-labelledby="results-heading"
      aria-busy={busy || undefined}
      className={busy ? "opacity-70 transition-opacity" : "transition-opacity"}
    >
      <h2 id="results-heading" className="mb-3 text-sm text-slate-600" aria-live="polite" aria-atomic="true">
        {countLabel(result)}
      </h2>
      {hits.length === 0 ? (
        <p className="rounded-md bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
          {total > 0
            ? "This page is past the last result."
            : `Try fewer or different words${hasFilters(query) ? ", or clear a filter" : ""}.`}
        </p>
      ) : (
        (list ?? <PaperListView label="Search results" papers={toResultCards(result)} extras={clientExtras(result)} />)
      )}
      <Pager
        page={page}
        totalPages={totalPages}
        href={(p) => searchHref(query, { page: p })}
        note={
          totalIsCapped &&
          page >= totalPages && (
            <> — only the first {total.toLocaleString("en-US")} results can be paged; add words or filters</>
          )
        }
      />
    </section>
  );
}
