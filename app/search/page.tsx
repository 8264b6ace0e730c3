// Search: the server renders results for the URL (the source of truth, works without JS); the
// InstantSearch client component then follows typing. An arXiv id or URL of a known paper redirects.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { InstantSearch } from "@/components/search/instant-search";
import { SearchForm } from "@/components/search/search-form";
import { getPaperByArxivId } from "@/lib/db/paper-lookup";
import { AppError } from "@/lib/errors";
import { parseArxivRef } from "@/lib/search/arxiv-ref";
import { searchPapers, type SearchResult } from "@/lib/search/search-papers";
import { describeIssues, toParamLists } from "@/lib/validation/params";
import { EMPTY_SEARCH, SearchQuerySchema, toSearchParams } from "@/lib/validation/search-query";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = [(await searchParams).q ?? ""].flat()[0]?.trim();
  return { title: q ? `Search: ${q}` : "Search", robots: { index: false } };
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
  const paper = arxivId ? await getPaperByArxivId(arxivId) : null;
  if (paper) redirect(`/papers/${paper.slug}`);
  let result: SearchResult | null = null;
  try {
    result = await searchPapers(query);
  } catch (error) {
    if (!(error instanceof AppError && error.code === "SEARCH_UNAVAILABLE")) throw error;
  }
  return (
    <>
      {heading}
      {arxivId && (
        <p className="mb-4 rounded-md bg-white p-3 text-sm text-slate-700 ring-1 ring-slate-200">
          arXiv {arxivId} is not on Paperboard yet —{" "}
          <a href={`https://arxiv.org/abs/${arxivId}`} className="text-indigo-700 underline">open it on arxiv.org</a>.
        </p>
      )}
      <InstantSearch key={toSearchParams(query).toString()} query={query} initial={{ result, error: null, busy: false, jump: null }} />
    </>
  );
}
