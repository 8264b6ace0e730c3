// "Paste an abstract": papers similar to any text, however long. The text's most distinctive words (by
// the stored vocabulary's idf) ask the search engine for candidates; their stored tf-idf vectors rank
// them here (lib/related/text-rank.ts), so a pasted abstract finds its own paper, then its neighbours.
import "server-only";
import type { Db } from "@/lib/db/client";
import { paperTermCounts } from "@/lib/learn/features";
import { RECOMMENDATION_FEATURES } from "@/lib/learn/recommendation-features";
import { decodeVector } from "@/lib/learn/codec";
import { toTfidfVector } from "@/lib/learn/sparse";
import { surfaceForms } from "@/lib/learn/tokenize";
import { getFeaturesIfReady, getVectorBytes } from "@/lib/recs/features-store";
import { searchSimilarCandidates } from "@/lib/search/similar-text";
import { candidateQueries, queryWords, rankBySimilarity } from "./text-rank";

export type SimilarToText = { id: string; slug: string; title: string; digestDate: string; score: number };

/** "preparing": the collection's vocabulary is being fitted in the background (a large import). */
export async function searchSimilarToText(db: Db, text: string, limit = 10): Promise<SimilarToText[] | "preparing"> {
  const features = await getFeaturesIfReady(db);
  if (features === "fitting") return "preparing";
  if (!features) return [];
  const query = toTfidfVector(
    paperTermCounts({ title: "", abstract: text }, RECOMMENDATION_FEATURES),
    features.vocabulary,
    RECOMMENDATION_FEATURES,
  );
  const words = queryWords(query, features.vocabulary, surfaceForms(text));
  const candidates = await searchSimilarCandidates(candidateQueries(words));
  if (candidates.length === 0) return [];
  const bytes = await getVectorBytes(
    db,
    candidates.map((c) => c.id),
    features,
  );
  const ranked = rankBySimilarity(
    query,
    candidates.flatMap((c) => {
      const b = bytes.get(c.id);
      return b ? [{ id: c.id, vector: decodeVector(b) }] : [];
    }),
    limit,
  );
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return ranked.map((r) => ({ ...byId.get(r.id)!, score: Math.round(r.score * 1e4) / 1e4 }));
}
