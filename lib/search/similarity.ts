// Pure: "similar papers" by TF-IDF cosine over title + abstract, plus a bonus for shared topics
// (issue 4: related by distinctive terms or topics, computed once at index time, not per request).
// Sized for the 300k-paper corpus: integer ids, typed arrays, and bounded posting lists.
import { STOP_WORDS } from "./terms";

export type SimilarityInput = { id: string; title: string; abstract: string; topics: string[] };
export type Neighbour = { id: string; score: number };

/** Terms kept per paper (its highest TF-IDF weights), and how many of them look up candidates. */
const MAX_TERMS_PER_DOC = 30;
const QUERY_TERMS = 30;
const TOPIC_BONUS = 0.04;
/** Below this a "similar" paper shares little more than common words. */
export const MIN_SCORE = 0.08;

/** Lower-case words of 3+ letters, no stop words or numbers, with plurals folded ("policies" → "policy"). */
export function tokenize(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}][\p{L}\p{N}-]*[\p{L}\p{N}]|[\p{L}]{3,}/gu) ?? [];
  return words
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w))
    .map((w) => (w.endsWith("ies") && w.length > 5 ? `${w.slice(0, -3)}y` : w.length > 4 && /[^su]s$/.test(w) ? w.slice(0, -1) : w));
}

/** Title words count double: a title is the author's own summary. */
function termCounts(doc: SimilarityInput): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of tokenize(doc.title)) counts.set(w, (counts.get(w) ?? 0) + 2);
  for (const w of tokenize(doc.abstract)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

type Posting = { docs: number[]; weights: number[] };
export type SimilarityModel = {
  ids: string[];
  index: Map<string, number>;
  /** Per paper: [term, weight] pairs, heaviest first, L2-normalised. */
  vectors: [string, number][][];
  postings: Map<string, Posting>;
  topics: string[][];
  scratch: Float64Array;
};

export function buildSimilarityModel(docs: SimilarityInput[]): SimilarityModel {
  const counts = docs.map(termCounts);
  const df = new Map<string, number>();
  for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  // Terms in more than this many papers say little about any one of them, and make lookups quadratic.
  const maxDf = Math.max(10, Math.min(Math.ceil(n * 0.05), 1_000));
  const postings = new Map<string, Posting>();
  const vectors = counts.map((c, i) => {
    const weighted: [string, number][] = [];
    for (const [term, tf] of c) {
      const d = df.get(term) ?? 1;
      if (d >= 2 && d <= maxDf) weighted.push([term, (1 + Math.log(tf)) * Math.log(n / d)]);
    }
    const top = weighted.sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS_PER_DOC);
    const norm = Math.sqrt(top.reduce((s, [, w]) => s + w * w, 0)) || 1;
    const vector = top.map(([t, w]) => [t, w / norm] as [string, number]);
    for (const [term, weight] of vector) {
      const p = postings.get(term) ?? { docs: [], weights: [] };
      p.docs.push(i);
      p.weights.push(weight);
      postings.set(term, p);
    }
    return vector;
  });
  const ids = docs.map((d) => d.id);
  return { ids, index: new Map(ids.map((id, i) => [id, i])), vectors, postings, topics: docs.map((d) => d.topics), scratch: new Float64Array(n) };
}

/** The `limit` most similar papers to one paper of the model, best first, above MIN_SCORE. */
export function findSimilar(model: SimilarityModel, id: string, limit = 8): Neighbour[] {
  const self = model.index.get(id);
  if (self === undefined) return [];
  const scores = model.scratch;
  const touched: number[] = [];
  for (const [term, weight] of model.vectors[self]!.slice(0, QUERY_TERMS)) {
    const p = model.postings.get(term)!;
    for (let k = 0; k < p.docs.length; k += 1) {
      const other = p.docs[k]!;
      if (other === self) continue;
      if (scores[other] === 0) touched.push(other);
      scores[other]! += weight * p.weights[k]!;
    }
  }
  const ownTopics = new Set(model.topics[self]);
  const ranked: Neighbour[] = [];
  for (const other of touched) {
    const shared = ownTopics.size === 0 ? 0 : model.topics[other]!.filter((t) => ownTopics.has(t)).length;
    const score = scores[other]! + shared * TOPIC_BONUS;
    scores[other] = 0;
    if (score >= MIN_SCORE) ranked.push({ id: model.ids[other]!, score: Math.round(score * 1e4) / 1e4 });
  }
  return ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}
