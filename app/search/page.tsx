// Search by keyword and topic: server-rendered results, facet counts, pagination, empty and error states.
import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { ExportLinks } from "@/components/library/export-links";
import { SearchResults } from "@/components/search/search-results";
import { AppError } from "@/lib/errors";
import { feedAlternates } from "@/lib/feeds/alternates";
import { searchFeedQuery } from "@/lib/feeds/feed-path";
import { searchPapers, type SearchResult } from "@/lib/search/search-papers";
import { SearchQuerySchema, describeIssues, toParamRecord } from "@/lib/validation/params";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = toParamRecord(await searchParams);
  const q = params.q?.trim();
  const feedQuery = searchFeedQuery(new URLSearchParams(params));
  return {
    title: q ? `Search: ${q}` : "Search",
    robots: { index: false },
    alternates: feedAlternates({ kind: "search" }, q ? `Search: ${q}` : "Search", feedQuery),
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const parsed = SearchQuerySchema.safeParse(toParamRecord(await searchParams));
  if (!parsed.success) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-bold tracking-tight">Search</h1>
        <SearchForm q="" />
        <p role="alert" className="mt-6 rounded-md bg-amber-50 p-4 text-sm text-amber-900">
          That search could not be read ({describeIssues(parsed.error)}).
        </p>
      </>
    );
  }
  const query = parsed.data;
  let result: SearchResult | null = null;
  let unavailable = false;
  try {
    result = await searchPapers(query);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "SEARCH_UNAVAILABLE")) throw error;
    unavailable = true;
  }
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Search</h1>
      <SearchForm q={query.q} topic={query.topic} />
      {unavailable || !result ? (
        <p role="alert" className="mt-6 rounded-md bg-amber-50 p-4 text-sm text-amber-900">
          Search is unavailable right now. Trending and topic pages still work — please try again in a moment.
        </p>
      ) : (
        <>
          <SearchResults result={result} />
          {result.total > 0 && (
            <div className="mt-4">
              <ExportLinks base="/search/export" params={{ q: query.q, topic: query.topic, page: String(query.page) }} label="Export this page" />
            </div>
          )}
        </>
      )}
    </>
  );
}
