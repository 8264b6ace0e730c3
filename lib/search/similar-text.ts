// "Paste an abstract", the search engine's half: the papers matching a few groups of the text's
// distinctive words (one multi-search round trip; Meilisearch reads only the first 10 words of a
// query). lib/related/similar-to-text.ts picks the words and ranks what comes back.
import "server-only";
import { z } from "zod";
import { getSearchClient, searchTargetFromEnv, toSearchError } from "./client";

export type SimilarCandidate = { id: string; slug: string; title: string; digestDate: string };

/** Hits per query: enough for a paper's neighbours to be among them, few enough to rank in milliseconds. */
const PER_QUERY = 40;

const ResultSchema = z.object({
  hits: z.array(z.object({ id: z.string(), slug: z.string(), title: z.string(), digestDate: z.string() })),
});

/** Every paper any of the queries returns, once, in the order first seen. */
export async function searchSimilarCandidates(queries: readonly string[]): Promise<SimilarCandidate[]> {
  if (queries.length === 0) return [];
  const target = searchTargetFromEnv();
  let results: z.infer<typeof ResultSchema>[];
  try {
    const response = await getSearchClient(target).multiSearch({
      queries: queries.map((q) => ({
        indexUid: target.indexName,
        q,
        limit: PER_QUERY,
        attributesToRetrieve: ["id", "slug", "title", "digestDate"],
      })),
    });
    results = response.results.map((r) => ResultSchema.parse(r));
  } catch (error) {
    throw toSearchError(error);
  }
  const seen = new Map<string, SimilarCandidate>();
  for (const result of results) for (const hit of result.hits) if (!seen.has(hit.id)) seen.set(hit.id, hit);
  return [...seen.values()];
}
