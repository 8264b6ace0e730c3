// A search restricted to given digest days, returning paper ids (for follows by email).
import "server-only";
import { z } from "zod";
import type { SearchQuery } from "@/lib/validation/search-query";
import { getSearchIndex, toSearchError } from "./client";
import { quote, toFilter, toSort } from "./search-request";

const IdsResponseSchema = z.object({ hits: z.array(z.object({ id: z.string() })), totalHits: z.number().int() });

/** The same words, facets and sort as the search page, within `days` (digestDate is filterable). */
export async function searchPaperIdsInDays(
  query: SearchQuery,
  days: string[],
  limit: number,
): Promise<{ ids: string[]; total: number }> {
  if (days.length === 0) return { ids: [], total: 0 };
  const filter = [...toFilter(query), `digestDate IN [${days.map(quote).join(", ")}]`];
  try {
    const response = IdsResponseSchema.parse(
      await getSearchIndex().search(query.q, {
        filter,
        sort: toSort(query),
        page: 1,
        hitsPerPage: limit,
        attributesToRetrieve: ["id"],
      }),
    );
    return { ids: response.hits.map((h) => h.id), total: response.totalHits };
  } catch (error) {
    throw toSearchError(error);
  }
}
