// Pure: a validated SearchQuery → the exact Meilisearch request. Shared by searchPapers and the
// benchmark, so "direct to Meilisearch" sends byte-for-byte what the API sends.
import type { SearchForFacetValuesParams, SearchParams } from "meilisearch";
import type { SearchQuery } from "@/lib/validation/search-query";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from "./settings";

export const PAGE_SIZE = 20;
/**
 * The facets counted on every keystroke. Authors are not among them: counting about a million author
 * names cost four fifths of the engine's time per search at 300k papers; the author filter asks for its
 * values only when opened, through facet search (buildAuthorFacetRequest).
 */
export const FACETS = ["topics", "categories", "linkKinds", "digestMonth"] as const;
/** What a result card renders, and nothing else (title and abstract come from _formatted). */
const RETRIEVED = ["id", "slug", "topics", "topicNames", "digestDate", "linkKinds", "authors", "categories"];

/** Filter values are validated, but quote them anyway: Meilisearch filters are a language. */
export function quote(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

const toMonthNumber = (month: string) => Number(month.replace("-", ""));

/** Facets combine with AND, within and across groups: each count is what selecting it would leave. */
export function toFilter(query: SearchQuery): string[] {
  return [
    ...query.topic.map((v) => `topics = ${quote(v)}`),
    ...query.category.map((v) => `categories = ${quote(v)}`),
    ...query.author.map((v) => `authors = ${quote(v)}`),
    ...query.has.map((v) => `linkKinds = ${quote(v)}`),
    ...(query.from ? [`digestMonth >= ${toMonthNumber(query.from)}`] : []),
    ...(query.to ? [`digestMonth <= ${toMonthNumber(query.to)}`] : []),
  ];
}

/**
 * newest: latest digest first. trending: best digest rank first (ties: newest). relevance: the
 * engine's ranking — or, with no words to rank by, newest.
 */
export function toSort(query: SearchQuery): string[] | undefined {
  if (query.sort === "trending") return ["rank:asc", "digestDate:desc"];
  if (query.sort === "newest" || query.q === "") return ["digestDate:desc", "rank:asc"];
  return undefined;
}

export function buildSearchRequest(query: SearchQuery): { q: string; params: SearchParams } {
  const filter = toFilter(query);
  return {
    // Quoted phrases and -word exclusion are Meilisearch query syntax: passed through untouched.
    q: query.q,
    params: {
      filter: filter.length > 0 ? filter : undefined,
      sort: toSort(query),
      facets: [...FACETS],
      page: query.page,
      hitsPerPage: PAGE_SIZE,
      // Title and abstract come back highlighted (and the abstract cropped) in _formatted: retrieving
      // them as well would ship every full abstract twice (~30 KB a page).
      attributesToRetrieve: RETRIEVED,
      attributesToHighlight: ["title", "abstract"],
      attributesToCrop: ["abstract"],
      cropLength: 40,
      highlightPreTag: HIGHLIGHT_PRE,
      highlightPostTag: HIGHLIGHT_POST,
    },
  };
}

/**
 * Author values with counts for the current search (its words and filters), matching `name` — the
 * engine's facet search, sorted by count by the index's faceting settings. Paid only when a reader
 * opens or types into the author filter, not on every keystroke of the main search.
 */
export function buildAuthorFacetRequest(query: SearchQuery, name: string): SearchForFacetValuesParams {
  const filter = toFilter(query);
  return { facetName: "authors", facetQuery: name, q: query.q, filter: filter.length > 0 ? filter : undefined };
}
