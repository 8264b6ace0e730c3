// Pure: "similar papers" by TF-IDF cosine over title + abstract, plus a bonus for shared topics
// (issue 4: related by distinctive terms or topics, computed once at index time, not per request).
import { STOP_WORDS } from "./terms";

export type SimilarityInput = { id: string; title: string; abstract: string; topics: string[] };
export type Neighbour = { id: string; score: number };
type Vector = Map<string, number>;

const MAX_TERMS_PER_DOC = 30;
const TOPIC_BONUS = 0.04;
/** Below this a "similar" paper shares little more than common words. */
export const MIN_SCORE = 0.08;

/** Lower-case words of 3+ letters, no stop words or numbers, with plurals folded ("models" → "model"). */
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

export type SimilarityModel = { vectors: Map<string, Vector>; postings: Map<string, { id: string; weight: number }[]>; topics: Map<string, Set<string>> };

export function buildSimilarityModel(docs: SimilarityInput[]): SimilarityModel {
  const counts = docs.map((d) => [d.id, termCounts(d)] as const);
  const df = new Map<string, number>();
  for (const [, c] of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  // Terms in more than this many papers say little about any one of them, and would make candidate lookup quadratic.
  const maxDf = Math.max(10, Math.min(Math.ceil(n * 0.05), 2_000));
  const vectors = new Map<string, Vector>();
  const postings = new Map<string, { id: string; weight: number }[]>();
  for (const [id, c] of counts) {
    const weighted = [...c].flatMap(([term, tf]) => {
      const d = df.get(term) ?? 1;
      return d < 2 || d > maxDf ? [] : [[term, (1 + Math.log(tf)) * Math.log(n / d)] as const];
    });
    const top = weighted.sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS_PER_DOC);
    const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
    const vector: Vector = new Map(top.map(([t, w]) => [t, w / norm]));
    vectors.set(id, vector);
    for (const [term, weight] of vector) {
      const list = postings.get(term) ?? [];
      list.push({ id, weight });
      postings.set(term, list);
    }
  }
  return { vectors, postings, topics: new Map(docs.map((d) => [d.id, new Set(d.topics)])) };
}

/** The `limit` most similar papers to one paper of the model, best first, above MIN_SCORE. */
export function findSimilar(model: SimilarityModel, id: string, limit = 8): Neighbour[] {
  const vector = model.vectors.get(id);
  if (!vector) return [];
  const scores = new Map<string, number>();
  for (const [term, weight] of vector) {
    for (const p of model.postings.get(term) ?? []) {
      if (p.id !== id) scores.set(p.id, (scores.get(p.id) ?? 0) + weight * p.weight);
    }
  }
  const ownTopics = model.topics.get(id) ?? new Set<string>();
  for (const [other, score] of scores) {
    const shared = [...(model.topics.get(other) ?? [])].filter((t) => ownTopics.has(t)).length;
    scores.set(other, score + shared * TOPIC_BONUS);
  }
  return [...scores]
    .filter(([, score]) => score >= MIN_SCORE)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([other, score]) => ({ id: other, score: Math.round(score * 1e4) / 1e4 }));
}
