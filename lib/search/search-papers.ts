// Full-text and faceted search over papers, returning app DTOs (Meilisearch types stop here).
import "server-only";
import { z } from "zod";
import type { SearchQuery } from "@/lib/validation/search-query";
import { getSearchIndex, toSearchError } from "./client";
import { SearchDocumentSchema, toHighlightSegments, type HighlightSegment } from "./documents";
import { toFacetGroups, type FacetGroups } from "./facets";
import { buildSearchRequest, PAGE_SIZE } from "./search-request";
import { MAX_TOTAL_HITS } from "./settings";

export { PAGE_SIZE };

export type SearchHit = {
  id: string;
  slug: string;
  title: HighlightSegment[];
  snippet: HighlightSegment[];
  topics: { slug: string; name: string }[];
  digestDate: string;
  linkKinds: string[];
  authors: string[];
  categories: string[];
};
export type SearchResult = {
  query: SearchQuery;
  hits: SearchHit[];
  total: number;
  /** True when the engine stopped counting at MAX_TOTAL_HITS: "10,000+" and no pages beyond. */
  totalIsCapped: boolean;
  page: number;
  totalPages: number;
  /** Facet counts for the filters. `author` stays empty: searchAuthorFacet fetches those on demand. */
  facets: FacetGroups;
  /** The engine's own time for this search (Meilisearch `processingTimeMs`), for benchmarks and logs. */
  engineMs: number;
};

const HitSchema = SearchDocumentSchema.omit({ title: true, abstract: true, rank: true, digestMonth: true }).extend({
  _formatted: z.object({ title: z.string(), abstract: z.string() }),
});

/** The paginated response shape we ask for (page + hitsPerPage); parsed, not cast. */
const PagedResponseSchema = z.object({
  hits: z.array(z.unknown()),
  totalHits: z.number().int(),
  page: z.number().int(),
  totalPages: z.number().int(),
  processingTimeMs: z.number(),
  facetDistribution: z.record(z.string(), z.record(z.string(), z.number())).optional(),
});

function toHit(raw: unknown): SearchHit {
  const hit = HitSchema.parse(raw);
  return {
    id: hit.id,
    slug: hit.slug,
    title: toHighlightSegments(hit._formatted.title),
    snippet: toHighlightSegments(hit._formatted.abstract),
    topics: hit.topics.map((slug, i) => ({ slug, name: hit.topicNames[i] ?? slug })),
    digestDate: hit.digestDate,
    linkKinds: hit.linkKinds,
    authors: hit.authors.slice(0, 4),
    categories: hit.categories,
  };
}

export async function searchPapers(query: SearchQuery): Promise<SearchResult> {
  const { q, params } = buildSearchRequest(query);
  let response: z.infer<typeof PagedResponseSchema>;
  try {
    response = PagedResponseSchema.parse(await getSearchIndex().search(q, params));
  } catch (error) {
    throw toSearchError(error);
  }
  return {
    query,
    hits: response.hits.map(toHit),
    total: response.totalHits,
    totalIsCapped: response.totalHits >= MAX_TOTAL_HITS,
    page: response.page,
    totalPages: Math.min(response.totalPages, Math.ceil(MAX_TOTAL_HITS / PAGE_SIZE)),
    facets: toFacetGroups(response.facetDistribution),
    engineMs: response.processingTimeMs,
  };
}
