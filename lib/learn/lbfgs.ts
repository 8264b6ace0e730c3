// Limited-memory BFGS for smooth convex objectives: the optimiser behind every linear model here.
// Deterministic (no sampling, no order dependence) and it stops on a convergence bound, not a schedule.

/** Writes the gradient at x into `gradient` and returns the objective's value there. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export type LbfgsOptions = {
  /** Corrections kept (memory m). */
  memory?: number;
  maxIterations?: number;
  /** Stop when the largest gradient component falls below this… */
  gradientTolerance?: number;
  /** …or when an iteration improves the objective by less than this share of it. */
  relativeTolerance?: number;
};

export type LbfgsResult = { x: Float64Array; value: number; iterations: number; converged: boolean };

function dotDense(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += a[i]! * b[i]!;
  return s;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i += 1) m = Math.max(m, Math.abs(a[i]!));
  return m;
}

/**
 * Minimises `objective` from `start` (which it does not modify), with a backtracking (Armijo) line
 * search. The m correction pairs live in preallocated rings: an iteration allocates nothing.
 */
export function minimizeLbfgs(objective: Objective, start: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const m = options.memory ?? 6;
  const maxIterations = options.maxIterations ?? 200;
  const gradientTolerance = options.gradientTolerance ?? 1e-6;
  const relativeTolerance = options.relativeTolerance ?? 1e-7;
  const n = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let value = objective(x, g);
  const s = Array.from({ length: m }, () => new Float64Array(n));
  const y = Array.from({ length: m }, () => new Float64Array(n));
  const rho = new Float64Array(m);
  const alpha = new Float64Array(m);
  let stored = 0; // pairs held
  let newest = -1; // ring index of the latest pair
  const direction = new Float64Array(n);
  let nextX = new Float64Array(n);
  let nextG = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    if (maxAbs(g) < gradientTolerance) return { x, value, iterations: iteration - 1, converged: true };
    // Two-loop recursion: direction = −H·g with H the implicit inverse-Hessian estimate.
    for (let i = 0; i < n; i += 1) direction[i] = -g[i]!;
    for (let j = 0; j < stored; j += 1) {
      const k = (newest - j + m) % m;
      alpha[k] = rho[k]! * dotDense(s[k]!, direction);
      const yk = y[k]!;
      const a = alpha[k]!;
      for (let i = 0; i < n; i += 1) direction[i]! -= a * yk[i]!;
    }
    const gamma =
      stored > 0
        ? dotDense(s[newest]!, y[newest]!) / dotDense(y[newest]!, y[newest]!)
        : 1 / Math.max(1, Math.sqrt(dotDense(g, g)));
    for (let i = 0; i < n; i += 1) direction[i]! *= gamma;
    for (let j = stored - 1; j >= 0; j -= 1) {
      const k = (newest - j + m) % m;
      const c = alpha[k]! - rho[k]! * dotDense(y[k]!, direction);
      const sk = s[k]!;
      for (let i = 0; i < n; i += 1) direction[i]! += c * sk[i]!;
    }
    let slope = dotDense(g, direction);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): forget the curvature, take steepest descent.
      stored = 0;
      for (let i = 0; i < n; i += 1) direction[i] = -g[i]!;
      slope = -dotDense(g, g);
    }
    let step = 1;
    let nextValue = Infinity;
    for (let tries = 0; tries < 40; tries += 1) {
      for (let i = 0; i < n; i += 1) nextX[i] = x[i]! + step * direction[i]!;
      nextValue = objective(nextX, nextG);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(nextValue < value)) return { x, value, iterations: iteration, converged: false };
    const k = (newest + 1) % m;
    const sk = s[k]!;
    const yk = y[k]!;
    for (let i = 0; i < n; i += 1) {
      sk[i] = nextX[i]! - x[i]!;
      yk[i] = nextG[i]! - g[i]!;
    }
    const sy = dotDense(sk, yk);
    // A pair without positive curvature would break the estimate: skip it.
    if (sy > 1e-12) {
      rho[k] = 1 / sy;
      newest = k;
      stored = Math.min(m, stored + 1);
    }
    const improvement = value - nextValue;
    [x, nextX] = [nextX, x];
    [g, nextG] = [nextG, g];
    value = nextValue;
    if (improvement <= relativeTolerance * Math.max(1, Math.abs(value)))
      return { x, value, iterations: iteration, converged: true };
  }
  return { x, value, iterations: maxIterations, converged: false };
}
