// Multi-label classification as one logistic regression per label (one-vs-rest), and the per-label
// decision threshold that reaches a precision on held-out papers.
import { trainLogistic, type LinearModel, type LogisticOptions } from "./logistic";
import type { SparseVector } from "./sparse";

export type LabelledVector = { x: SparseVector; labels: readonly string[] };

export type OneVsRestOptions = LogisticOptions & {
  /**
   * Total weight of a label's positives relative to its negatives' (1: balanced). Rare labels
   * otherwise learn that "no" is almost always right.
   */
  positiveShare?: number;
};

/** One model per label, trained on the same vectors; `onLabel` reports progress (training is minutes at 200k papers). */
export function trainOneVsRest(
  examples: readonly LabelledVector[],
  labels: readonly string[],
  options: OneVsRestOptions = {},
  onLabel: (label: string, i: number) => void = () => {},
): Map<string, LinearModel> {
  const models = new Map<string, LinearModel>();
  labels.forEach((label, i) => {
    onLabel(label, i);
    const isPositive = examples.map((e) => e.labels.includes(label));
    const positives = isPositive.filter(Boolean).length;
    if (positives === 0 || positives === examples.length)
      throw new Error(`trainOneVsRest: label ${label} has ${positives} positives of ${examples.length}`);
    const share = options.positiveShare;
    const positiveWeight = share === undefined ? 1 : (share * (examples.length - positives)) / positives;
    const training = examples.map((e, k) => ({
      x: e.x,
      label: isPositive[k]!,
      weight: isPositive[k] ? positiveWeight : 1,
    }));
    models.set(label, trainLogistic(training, options).model);
  });
  return models;
}

export type Scored = { score: number; positive: boolean };

/** Lower bound of the Wilson score interval: the precision `correct / n` can claim with confidence z (1.28: 90%, one-sided). */
export function wilsonLowerBound(correct: number, n: number, z = 1.28): number {
  if (n === 0) return 0;
  const p = correct / n;
  const z2 = z * z;
  return (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
}

export type ThresholdOptions = {
  /** Never a threshold below this (a probability under 0.5 is the model saying "probably not"). */
  floor?: number;
  /** Confidence the precision must hold with: its Wilson lower bound must reach the target (z; 0 = the bare ratio). */
  z?: number;
};

/**
 * The lowest score at which everything scored at least that high has precision ≥ `target` — with
 * confidence, so a cutoff judged on a handful of papers does not pass by luck — never below the
 * floor: the cutoff with the most recall at that precision. Null when no cutoff reaches it.
 */
export function thresholdForPrecision(
  scored: readonly Scored[],
  target: number,
  options: ThresholdOptions = {},
): number | null {
  const floor = options.floor ?? -Infinity;
  const z = options.z ?? 0;
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  let correct = 0;
  let best: number | null = null;
  for (let k = 0; k < sorted.length; k += 1) {
    const current = sorted[k]!;
    if (current.positive) correct += 1;
    // Equal scores fall on the same side of any threshold: judge a cutoff only after the last of them.
    if (k + 1 < sorted.length && sorted[k + 1]!.score === current.score) continue;
    if (current.score < floor) break;
    const precision = z === 0 ? correct / (k + 1) : wilsonLowerBound(correct, k + 1, z);
    if (precision >= target) best = current.score;
  }
  return best;
}
