// Pure: "similar papers" by TF-IDF cosine over title + abstract, plus a bonus for shared topics
// (related by distinctive terms or topics, computed once at index time, not per request).
// Sized for the 300k-paper corpus: integer ids, typed arrays, and bounded posting lists.
import { paperTermCounts } from "@/lib/learn/features";

export type SimilarityInput = { id: string; title: string; abstract: string; topics: string[] };
export type Neighbour = { id: string; score: number };

/** Terms kept per paper (its highest TF-IDF weights), and how many of them look up candidates. */
const MAX_TERMS_PER_DOC = 30;
const QUERY_TERMS = 30;
export const TOPIC_BONUS = 0.04;
/** Below this a "similar" paper shares little more than common words. */
export const MIN_SCORE = 0.08;

/** The shared feature extractor's counts (title words double), unigrams only. */
function termCounts(doc: SimilarityInput): Map<string, number> {
  return paperTermCounts(doc);
}

/** Terms in more than this many papers say little about any one of them, and make lookups quadratic. */
function maxDocumentFrequency(n: number): number {
  return Math.max(10, Math.min(Math.ceil(n * 0.05), 1_000));
}

/** Adds one paper's distinct terms to the document frequencies `df` (streamed over a collection). */
export function countDocumentTerms(df: Map<string, number>, doc: SimilarityInput): void {
  for (const term of termCounts(doc).keys()) {
    const seen = df.get(term);
    // A new key is copied: a word matched out of an abstract can be a slice that keeps the whole
    // abstract alive, and over 300k papers those abstracts outweigh the vocabulary itself.
    if (seen === undefined) df.set(Buffer.from(term).toString(), 1);
    else df.set(term, seen + 1);
  }
}

/**
 * A paper's TF-IDF vector in a collection whose document frequencies are `df` over `n` papers: its
 * heaviest terms (distinctive, not universal), L2-normalised.
 */
export function vectorOf(doc: SimilarityInput, df: Map<string, number>, n: number): [string, number][] {
  const maxDf = maxDocumentFrequency(n);
  const weighted: [string, number][] = [];
  for (const [term, tf] of termCounts(doc)) {
    const d = df.get(term) ?? 1;
    if (d >= 2 && d <= maxDf) weighted.push([term, (1 + Math.log(tf)) * Math.log(n / d)]);
  }
  const top = weighted.sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS_PER_DOC);
  const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
  return top.map(([t, w]) => [t, w / norm] as [string, number]);
}

const byScoreThenId = (a: Neighbour, b: Neighbour) => b.score - a.score || a.id.localeCompare(b.id);
const rounded = (score: number) => Math.round(score * 1e4) / 1e4;

/**
 * Neighbours of a few papers found by streaming the collection past them once, instead of holding
 * the whole model: memory grows with the queries, not the collection (a daily ingest into a
 * 300k-paper database). Given the same document frequencies, it finds what findSimilar finds.
 */
export function createNeighbourCollector(
  queries: { id: string; vector: [string, number][]; topics: string[] }[],
  limit = 8,
) {
  // `floor`: the lowest score still in a full `best` — anything below cannot make the list.
  const state = queries.map((q) => ({
    id: q.id,
    topics: new Set(q.topics),
    best: [] as Neighbour[],
    floor: MIN_SCORE,
  }));
  // term → the queries that have it among their first QUERY_TERMS, with the term's weight there.
  const byTerm = new Map<string, { queries: number[]; weights: number[] }>();
  queries.forEach((q, i) => {
    for (const [term, weight] of q.vector.slice(0, QUERY_TERMS)) {
      const list = byTerm.get(term) ?? { queries: [], weights: [] };
      list.queries.push(i);
      list.weights.push(weight);
      byTerm.set(term, list);
    }
  });
  // Dot products accumulate here (no allocation per shared term: a 300k recompute makes billions).
  const scores = new Float64Array(queries.length);
  const touched: number[] = [];
  return {
    /** Offers one paper of the collection (with its vector) to every query it shares a term with. */
    add(doc: { id: string; vector: [string, number][]; topics: string[] }): void {
      touched.length = 0;
      for (const [term, weight] of doc.vector) {
        const list = byTerm.get(term);
        if (!list) continue;
        for (let k = 0; k < list.queries.length; k += 1) {
          const i = list.queries[k]!;
          if (scores[i] === 0) touched.push(i);
          scores[i]! += list.weights[k]! * weight;
        }
      }
      for (const i of touched) {
        const q = state[i]!;
        const dot = scores[i]!;
        scores[i] = 0;
        if (q.id === doc.id) continue;
        const shared = q.topics.size === 0 ? 0 : doc.topics.filter((t) => q.topics.has(t)).length;
        const score = dot + shared * TOPIC_BONUS;
        if (score < q.floor) continue;
        q.best.push({ id: doc.id, score: rounded(score) });
        if (q.best.length > limit * 4) {
          q.best = q.best.sort(byScoreThenId).slice(0, limit);
          // Rounded scores tie: keep equals (the id breaks the tie), drop only what is strictly lower.
          q.floor = Math.max(MIN_SCORE, q.best.at(-1)!.score - 1e-4);
        }
      }
    },
    results(): Map<string, Neighbour[]> {
      return new Map(state.map((q) => [q.id, q.best.sort(byScoreThenId).slice(0, limit)]));
    },
  };
}
