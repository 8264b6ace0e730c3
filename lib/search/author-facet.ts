// The author filter's values with counts, on demand: Meilisearch facet search over the current search,
// so the long author list is paid for only when a reader opens or types into that filter.
import "server-only";
import { z } from "zod";
import type { SearchQuery } from "@/lib/validation/search-query";
import { getSearchIndex, toSearchError } from "./client";
import type { Facet } from "./facets";
import { buildAuthorFacetRequest } from "./search-request";

/** Values shown in the author filter. */
export const AUTHOR_FACET_LIMIT = 10;
export const AuthorNameSchema = z.string().trim().max(100, "must be at most 100 characters");

const ResponseSchema = z.object({ facetHits: z.array(z.object({ value: z.string(), count: z.number().int() })) });

/**
 * Nothing before a name is typed: facet search with an empty query ranks every author value by count,
 * which took over 5 s at 300k papers; a typed prefix narrows the values first.
 */
export async function searchAuthorFacet(query: SearchQuery, name: string): Promise<Facet[]> {
  if (name.trim() === "") return [];
  let response: z.infer<typeof ResponseSchema>;
  try {
    response = ResponseSchema.parse(await getSearchIndex().searchForFacetValues(buildAuthorFacetRequest(query, name)));
  } catch (error) {
    throw toSearchError(error);
  }
  return response.facetHits
    .map(({ value, count }) => ({ value, label: value, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, AUTHOR_FACET_LIMIT);
}
