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

const dotDense = (a: Float64Array, b: Float64Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i += 1) s += a[i]! * b[i]!;
  return s;
};
const maxAbs = (a: Float64Array) => {
  let m = 0;
  for (let i = 0; i < a.length; i += 1) m = Math.max(m, Math.abs(a[i]!));
  return m;
};

/** Minimises `objective` from `start` (which it does not modify). Backtracking line search (Armijo). */
export function minimizeLbfgs(objective: Objective, start: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const m = options.memory ?? 8;
  const maxIterations = options.maxIterations ?? 200;
  const gradientTolerance = options.gradientTolerance ?? 1e-6;
  const relativeTolerance = options.relativeTolerance ?? 1e-7;
  const n = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let value = objective(x, g);
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const alpha = new Float64Array(m);
  const direction = new Float64Array(n);
  let nextX = new Float64Array(n);
  let nextG = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    if (maxAbs(g) < gradientTolerance) return { x, value, iterations: iteration - 1, converged: true };
    // Two-loop recursion: direction = -H·g with H the implicit inverse-Hessian estimate.
    for (let i = 0; i < n; i += 1) direction[i] = -g[i]!;
    for (let k = s.length - 1; k >= 0; k -= 1) {
      alpha[k] = rho[k]! * dotDense(s[k]!, direction);
      const yk = y[k]!;
      for (let i = 0; i < n; i += 1) direction[i]! -= alpha[k]! * yk[i]!;
    }
    const last = s.length - 1;
    const gamma = last >= 0 ? dotDense(s[last]!, y[last]!) / dotDense(y[last]!, y[last]!) : 1 / Math.max(1, Math.sqrt(dotDense(g, g)));
    for (let i = 0; i < n; i += 1) direction[i]! *= gamma;
    for (let k = 0; k < s.length; k += 1) {
      const beta = rho[k]! * dotDense(y[k]!, direction);
      const sk = s[k]!;
      for (let i = 0; i < n; i += 1) direction[i]! += (alpha[k]! - beta) * sk[i]!;
    }
    let slope = dotDense(g, direction);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      s.length = 0;
      y.length = 0;
      rho.length = 0;
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
    const sNew = new Float64Array(n);
    const yNew = new Float64Array(n);
    for (let i = 0; i < n; i += 1) {
      sNew[i] = nextX[i]! - x[i]!;
      yNew[i] = nextG[i]! - g[i]!;
    }
    const sy = dotDense(sNew, yNew);
    if (sy > 1e-12) {
      if (s.length === m) {
        s.shift();
        y.shift();
        rho.shift();
      }
      s.push(sNew);
      y.push(yNew);
      rho.push(1 / sy);
    }
    const improvement = value - nextValue;
    [x, nextX] = [nextX, x];
    [g, nextG] = [nextG, g];
    value = nextValue;
    if (improvement <= relativeTolerance * Math.max(1, Math.abs(value))) return { x, value, iterations: iteration, converged: true };
  }
  return { x, value, iterations: maxIterations, converged: false };
}
