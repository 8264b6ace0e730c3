// L2-regularised logistic regression on sparse vectors, weighted per example, trained by L-BFGS over
// only the features the examples use: training cost follows the examples, not the vocabulary.
import { minimizeLbfgs, type LbfgsOptions } from "./lbfgs";
import type { SparseVector } from "./sparse";

export type Example = { x: SparseVector; label: boolean; /** Default 1. */ weight?: number };

export type LogisticOptions = LbfgsOptions & {
  /** Strength of the L2 penalty (λ/2)·‖w‖² against the weighted mean loss; the bias is not penalised. */
  l2?: number;
  /** Learn weights only for these term ids (the others are ignored wherever they occur); default every id seen. */
  features?: ReadonlySet<number>;
};

/** A linear model over term ids: the ids it learned a weight for (ascending), those weights, and a bias. */
export type LinearModel = { ids: Uint32Array; weights: Float32Array; bias: number };

export type TrainingReport = { iterations: number; converged: boolean; loss: number };

/** ln(1 + e^z) without overflow. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** Examples re-indexed onto the features they use, packed row by row (CSR), for the optimiser's loops. */
function pack(examples: readonly Example[], only?: ReadonlySet<number>) {
  const seen = new Set<number>();
  for (const e of examples) for (const id of e.x.ids) if (!only || only.has(id)) seen.add(id);
  const features = Uint32Array.from(seen).sort();
  const column = new Map<number, number>();
  features.forEach((id, i) => column.set(id, i));
  const nnz = examples.reduce((s, e) => s + e.x.ids.length, 0);
  const offsets = new Uint32Array(examples.length + 1);
  const columns = new Uint32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  examples.forEach((e, i) => {
    for (let j = 0; j < e.x.ids.length; j += 1) {
      const c = column.get(e.x.ids[j]!);
      if (c === undefined) continue;
      columns[k] = c;
      values[k] = e.x.weights[j]!;
      k += 1;
    }
    offsets[i + 1] = k;
  });
  return { features, offsets, columns: columns.subarray(0, k), values: values.subarray(0, k) };
}

/**
 * Fits w, b minimising Σ cᵢ·ln(1 + e^(−yᵢ(w·xᵢ + b))) / Σ cᵢ + (λ/2)‖w‖². Same examples (in any
 * order) → same model. Weights of features no example uses are 0 and not stored.
 */
export function trainLogistic(
  examples: readonly Example[],
  options: LogisticOptions = {},
): { model: LinearModel; report: TrainingReport } {
  if (examples.length === 0) throw new Error("trainLogistic: no examples");
  const l2 = options.l2 ?? 1e-4;
  const { features, offsets, columns, values } = pack(examples, options.features);
  const f = features.length;
  const signs = Float64Array.from(examples, (e) => (e.label ? 1 : -1));
  const costs = Float64Array.from(examples, (e) => {
    const c = e.weight ?? 1;
    if (!(c >= 0)) throw new Error(`trainLogistic: example weight ${c} is not ≥ 0`);
    return c;
  });
  const total = costs.reduce((s, c) => s + c, 0) || 1;
  const objective = (theta: Float64Array, gradient: Float64Array): number => {
    let loss = 0;
    gradient.fill(0);
    const bias = theta[f]!;
    for (let i = 0; i < signs.length; i += 1) {
      const c = costs[i]!;
      if (c === 0) continue;
      let margin = bias;
      const end = offsets[i + 1]!;
      for (let k = offsets[i]!; k < end; k += 1) margin += theta[columns[k]!]! * values[k]!;
      const y = signs[i]!;
      loss += c * softplus(-y * margin);
      // d/dmargin of softplus(−y·margin) = −y·σ(−y·margin)
      const coefficient = (-y * c * sigmoid(-y * margin)) / total;
      for (let k = offsets[i]!; k < end; k += 1) gradient[columns[k]!]! += coefficient * values[k]!;
      gradient[f]! += coefficient;
    }
    let penalty = 0;
    for (let j = 0; j < f; j += 1) {
      penalty += theta[j]! * theta[j]!;
      gradient[j]! += l2 * theta[j]!;
    }
    return loss / total + (l2 / 2) * penalty;
  };
  const result = minimizeLbfgs(objective, new Float64Array(f + 1), options);
  return {
    model: { ids: features, weights: Float32Array.from(result.x.subarray(0, f)), bias: result.x[f]! },
    report: { iterations: result.iterations, converged: result.converged, loss: result.value },
  };
}

/** The model's weights spread over a dense array of `size` term ids, for scoring many vectors fast. */
export function toDenseWeights(model: LinearModel, size: number): Float32Array {
  const dense = new Float32Array(size);
  model.ids.forEach((id, k) => {
    if (id < size) dense[id] = model.weights[k]!;
  });
  return dense;
}

/** w·x + b with dense weights (see toDenseWeights). */
export function margin(dense: Float32Array, bias: number, x: SparseVector): number {
  let sum = bias;
  for (let k = 0; k < x.ids.length; k += 1) sum += (dense[x.ids[k]!] ?? 0) * x.weights[k]!;
  return sum;
}
