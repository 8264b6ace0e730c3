// "Paste an abstract": papers similar to any text, however long. Meilisearch reads only the first
// 10 words of a query, so each distinctive word is its own query (one multi-search round trip),
// and hits are scored here: Σ over words of idf(word) × Meilisearch's ranking score.
import "server-only";
import { z } from "zod";
import { getSearchClient, searchTargetFromEnv, toSearchError } from "./client";
import { tokenize } from "@/lib/learn/tokenize";

export type SimilarToText = { id: string; slug: string; title: string; digestDate: string; score: number };

const MAX_TERMS = 12;
const PER_TERM = 40;

const ResultSchema = z.object({
  estimatedTotalHits: z.number().int().optional(),
  hits: z.array(
    z.object({
      id: z.string(),
      slug: z.string(),
      title: z.string(),
      digestDate: z.string(),
      _rankingScore: z.number(),
    }),
  ),
});

/** The most frequent words of the text (ties: longer first), as the queries to send. */
export function pickQueryTerms(text: string, max = MAX_TERMS): string[] {
  const counts = new Map<string, number>();
  for (const w of tokenize(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([w]) => w);
}

export async function searchSimilarToText(text: string, limit = 10): Promise<SimilarToText[]> {
  const terms = pickQueryTerms(text);
  if (terms.length === 0) return [];
  const target = searchTargetFromEnv();
  let results: z.infer<typeof ResultSchema>[];
  try {
    const response = await getSearchClient(target).multiSearch({
      queries: [
        { indexUid: target.indexName, q: "", limit: 0 },
        ...terms.map((q) => ({
          indexUid: target.indexName,
          q,
          limit: PER_TERM,
          showRankingScore: true,
          attributesToRetrieve: ["id", "slug", "title", "digestDate"],
        })),
      ],
    });
    results = response.results.map((r) => ResultSchema.parse(r));
  } catch (error) {
    throw toSearchError(error);
  }
  const total = results[0]?.estimatedTotalHits ?? 1;
  const scores = new Map<string, SimilarToText>();
  for (const result of results.slice(1)) {
    const idf = Math.log(1 + total / (1 + (result.estimatedTotalHits ?? total)));
    for (const { _rankingScore, ...hit } of result.hits) {
      const entry = scores.get(hit.id) ?? { ...hit, score: 0 };
      entry.score += idf * _rankingScore;
      scores.set(hit.id, entry);
    }
  }
  return [...scores.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
