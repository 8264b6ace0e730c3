// Runs the searches the first visitors will, before the app serves them: on a cold engine the first
// faceted search over a large index pays for loading it, and under load that first answer was the
// one that came too late.
import "server-only";
import { EMPTY_SEARCH } from "@/lib/validation/search-query";
import { getSearchIndex, type SearchTarget } from "./client";
import { buildSearchRequest } from "./search-request";

/** The /search page as first opened (every facet over the whole index), then a word query; ms taken. */
export async function warmSearchIndex(target: SearchTarget, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  const index = getSearchIndex(target, timeoutMs);
  for (const query of [EMPTY_SEARCH, { ...EMPTY_SEARCH, q: "language model" }]) {
    const { q, params } = buildSearchRequest(query);
    await index.search(q, params);
  }
  return Math.round(performance.now() - started);
}
