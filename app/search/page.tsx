// Search: the server renders results for the URL (the source of truth, works without JS); the
// InstantSearch client component then follows typing. An arXiv id or URL of a known paper redirects.
// The page also offers its feed, following the search, and exporting the page as citations.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { FollowButton } from "@/components/follows/follow-button";
import { ExportLinks } from "@/components/library/export-links";
import { PaperList } from "@/components/paper/paper-list";
import { InstantSearch } from "@/components/search/instant-search";
import { toResultCards } from "@/components/search/search-results";
import { SearchForm } from "@/components/search/search-form";
import { getDb } from "@/lib/db/client";
import { getPaperByArxivId } from "@/lib/db/paper-lookup";
import { AppError } from "@/lib/errors";
import { feedAlternates } from "@/lib/feeds/alternates";
import { searchFeedQuery } from "@/lib/feeds/feed-path";
import { searchFeedTitle } from "@/lib/feeds/feed-title";
import { parseArxivRef } from "@/lib/search/arxiv-ref";
import { searchPapers, type SearchResult } from "@/lib/search/search-papers";
import { describeIssues, toParamLists } from "@/lib/validation/params";
import { EMPTY_SEARCH, SearchQuerySchema, toSearchParams } from "@/lib/validation/search-query";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = SearchQuerySchema.safeParse(toParamLists(await searchParams));
  const q = parsed.success ? parsed.data.q : "";
  const label = q ? `Search: ${q}` : "Search";
  const feedQuery = parsed.success ? searchFeedQuery(toSearchParams(parsed.data)) : "";
  // The feed's name as readers will show it: the same cleaned, capped title as the feed itself.
  const feedTitle = searchFeedTitle(parsed.success ? parsed.data : { q: "" });
  return {
    title: label,
    robots: { index: false },
    alternates: feedAlternates({ kind: "search" }, feedTitle, feedQuery),
  };
}

const heading = <h1 className="mb-4 text-2xl font-bold tracking-tight">Search</h1>;

export default async function SearchPage({ searchParams }: Props) {
  const parsed = SearchQuerySchema.safeParse(toParamLists(await searchParams));
  if (!parsed.success) {
    return (
      <>
        {heading}
        <SearchForm query={EMPTY_SEARCH} />
        <p role="alert" className="mt-6 rounded-md bg-amber-50 p-4 text-sm text-amber-900">
          That search could not be read ({describeIssues(parsed.error)}).
        </p>
      </>
    );
  }
  const query = parsed.data;
  const arxivId = parseArxivRef(query.q);
  const paper = arxivId ? await getPaperByArxivId(getDb(), arxivId) : null;
  if (paper) redirect(`/papers/${paper.slug}`);
  let result: SearchResult | null = null;
  try {
    result = await searchPapers(query);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "SEARCH_UNAVAILABLE")) throw error;
  }
  const params = toSearchParams(query);
  const followTarget = searchFeedQuery(params);
  return (
    <>
      {heading}
      {arxivId && (
        <p className="mb-4 rounded-md bg-white p-3 text-sm text-slate-700 ring-1 ring-slate-200">
          arXiv {arxivId} is not on Paperboard yet —{" "}
          <a href={`https://arxiv.org/abs/${arxivId}`} className="text-indigo-700 underline">
            open it on arxiv.org
          </a>
          .
        </p>
      )}
      <InstantSearch
        key={params.toString()}
        query={query}
        initial={{ result, error: null, busy: false, jump: null }}
        initialList={
          result && result.hits.length > 0 ? (
            <PaperList label="Search results" papers={toResultCards(result)} />
          ) : undefined
        }
      />
      {result && result.total > 0 && (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          {followTarget && (
            <FollowButton
              kind="search"
              target={followTarget}
              label={query.q ? `“${query.q}”` : followTarget}
              returnTo={`/search?${params}`}
            />
          )}
          <ExportLinks base="/search/export" params={params} label="Export this page" />
        </div>
      )}
    </>
  );
}
