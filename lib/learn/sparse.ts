// Sparse tf-idf vectors as typed arrays (term ids ascending + weights), and the products on them.
import { isCategoryTerm } from "./features";
import type { Vocabulary } from "./vocabulary";

export type SparseVector = { ids: Uint32Array; weights: Float32Array };

export type VectorOptions = {
  /** Heaviest word terms kept per paper: bounds storage and scoring time; the tail weighs little after normalising. */
  maxTermsPerPaper?: number;
  /** Share of the vector's length given to its arXiv categories (when it has any); the words get the rest. */
  categoryShare?: number;
};

type Entry = { id: number; weight: number };

/** Scales entries to L2 length `length`. */
function scaleTo(entries: Entry[], length: number): void {
  const norm = Math.sqrt(entries.reduce((s, e) => s + e.weight * e.weight, 0));
  if (norm > 0) for (const e of entries) e.weight = (e.weight / norm) * length;
}

/**
 * A paper's vector, L2-normalised, ids ascending. Words: (1 + ln tf) × idf, the `maxTermsPerPaper`
 * heaviest kept (ties by id). Categories (terms `arxiv:…`): idf each, a rarer field weighing more,
 * together `categoryShare` of the length. Terms outside the vocabulary are ignored.
 */
export function toTfidfVector(
  counts: ReadonlyMap<string, number>,
  vocabulary: Vocabulary,
  options: VectorOptions = {},
): SparseVector {
  const words: Entry[] = [];
  const categories: Entry[] = [];
  for (const [term, tf] of counts) {
    const id = vocabulary.index.get(term);
    if (id === undefined || tf <= 0) continue;
    if (isCategoryTerm(term)) categories.push({ id, weight: vocabulary.idf[id]! });
    else words.push({ id, weight: (1 + Math.log(tf)) * vocabulary.idf[id]! });
  }
  const maxTerms = options.maxTermsPerPaper ?? Infinity;
  if (words.length > maxTerms) {
    words.sort((a, b) => b.weight - a.weight || a.id - b.id);
    words.length = maxTerms;
  }
  const share = words.length === 0 ? 1 : categories.length === 0 ? 0 : (options.categoryShare ?? 0);
  scaleTo(words, Math.sqrt(1 - share * share));
  scaleTo(categories, share);
  const entries = [...words, ...categories].filter((e) => e.weight !== 0).sort((a, b) => a.id - b.id);
  return { ids: Uint32Array.from(entries, (e) => e.id), weights: Float32Array.from(entries, (e) => e.weight) };
}

/** Dot product of two sparse vectors (both ids ascending): a merge, no allocation. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i += 1;
    else j += 1;
  }
  return sum;
}

/** Cosine of two vectors; for L2-normalised vectors it is their dot product. */
export function cosine(a: SparseVector, b: SparseVector): number {
  const norms = Math.sqrt(dot(a, a) * dot(b, b));
  return norms === 0 ? 0 : dot(a, b) / norms;
}

/** a + scale × b (both ids ascending), a new vector: a merge, as `dot` walks them. */
export function addScaled(a: SparseVector, b: SparseVector, scale: number): SparseVector {
  const ids: number[] = [];
  const weights: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    ids.push(Math.min(x, y));
    weights.push((x <= y ? a.weights[i++]! : 0) + (y <= x ? scale * b.weights[j++]! : 0));
  }
  return { ids: Uint32Array.from(ids), weights: Float32Array.from(weights) };
}
