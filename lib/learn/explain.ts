// Why a linear model scored a paper as it did: the terms that weighed most, and the reader's papers
// closest to it — the two halves of "because you saved …".
import { dot, type SparseVector } from "./sparse";
import type { Vocabulary } from "./vocabulary";

export type TermWeight = { term: string; weight: number };

/**
 * The terms of `x` that pushed its score up the most (weight × tf-idf), strongest first; only
 * positive contributions, at most `limit`. `dense` is the model's weights over term ids.
 */
export function topTerms(
  dense: Float32Array,
  x: SparseVector,
  vocabulary: Pick<Vocabulary, "terms">,
  limit = 5,
): TermWeight[] {
  const contributions: TermWeight[] = [];
  for (let k = 0; k < x.ids.length; k += 1) {
    const id = x.ids[k]!;
    const weight = (dense[id] ?? 0) * x.weights[k]!;
    if (weight > 0) contributions.push({ term: vocabulary.terms[id] ?? `#${id}`, weight });
  }
  return contributions.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1)).slice(0, limit);
}

export type Closest = { index: number; cosine: number };

/**
 * The `limit` papers among `positives` most similar to `x` (cosine of L2-normalised vectors), most
 * similar first; those sharing nothing with it (cosine ≤ `min`) are left out.
 */
export function closestPositives(x: SparseVector, positives: readonly SparseVector[], limit = 3, min = 0): Closest[] {
  const scored = positives.map((p, index) => ({ index, cosine: dot(x, p) })).filter((c) => c.cosine > min);
  return scored.sort((a, b) => b.cosine - a.cosine || a.index - b.index).slice(0, limit);
}
