import { describe, expect, it } from "vitest";
import { minimizeLbfgs } from "./lbfgs";
import { margin, sigmoid, softplus, toDenseWeights, trainLogistic, type Example } from "./logistic";
import type { SparseVector } from "./sparse";

const v = (entries: [number, number][]): SparseVector => ({
  ids: Uint32Array.from(entries, ([i]) => i),
  weights: Float32Array.from(entries, ([, w]) => w),
});

describe("L-BFGS", () => {
  it("finds the minimum of an ill-conditioned quadratic", () => {
    const scales = Float64Array.of(1, 10, 100, 1000);
    const target = Float64Array.of(3, -2, 0.5, 7);
    const result = minimizeLbfgs(
      (x, g) => {
        let f = 0;
        for (let i = 0; i < x.length; i += 1) {
          const d = x[i]! - target[i]!;
          f += 0.5 * scales[i]! * d * d;
          g[i] = scales[i]! * d;
        }
        return f;
      },
      new Float64Array(4),
      { gradientTolerance: 1e-9, relativeTolerance: 0 },
    );
    expect(result.converged).toBe(true);
    [...result.x].forEach((x, i) => expect(x).toBeCloseTo(target[i]!, 6));
  });
});

describe("logistic regression", () => {
  it("has overflow-free link functions", () => {
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(0)).toBe(0.5);
  });

  // Term 1 marks positives, term 2 negatives, term 3 is in both.
  const examples: Example[] = [
    ...Array.from({ length: 20 }, () => ({
      x: v([
        [1, 0.8],
        [3, 0.6],
      ]),
      label: true,
    })),
    ...Array.from({ length: 20 }, () => ({
      x: v([
        [2, 0.8],
        [3, 0.6],
      ]),
      label: false,
    })),
  ];

  it("learns which terms mark each class and stores weights only for terms it saw", () => {
    const { model, report } = trainLogistic(examples, { l2: 1e-3 });
    expect(report.converged).toBe(true);
    expect([...model.ids]).toEqual([1, 2, 3]);
    const dense = toDenseWeights(model, 10);
    expect(dense[1]!).toBeGreaterThan(1);
    expect(dense[2]!).toBeLessThan(-1);
    expect(Math.abs(dense[3]!)).toBeLessThan(0.2);
    expect(sigmoid(margin(dense, model.bias, v([[1, 1]])))).toBeGreaterThan(0.9);
    expect(sigmoid(margin(dense, model.bias, v([[2, 1]])))).toBeLessThan(0.1);
  });

  it("reaches the optimum: the gradient of the objective vanishes", () => {
    const l2 = 0.01;
    const { model } = trainLogistic(examples, { l2, gradientTolerance: 1e-10, relativeTolerance: 0 });
    const dense = toDenseWeights(model, 4);
    const grad = new Float64Array(4);
    let gb = 0;
    for (const e of examples) {
      const y = e.label ? 1 : -1;
      const c = (-y * sigmoid(-y * margin(dense, model.bias, e.x))) / examples.length;
      e.x.ids.forEach((id, k) => (grad[id]! += c * e.x.weights[k]!));
      gb += c;
    }
    for (const id of [1, 2, 3]) expect(Math.abs(grad[id]! + l2 * dense[id]!)).toBeLessThan(1e-5);
    expect(Math.abs(gb)).toBeLessThan(1e-5);
  });

  it("weighs examples: a class three times heavier gets three to one odds on uninformative input", () => {
    const x = v([[3, 1]]);
    const neutral = examples.map((e) => ({ ...e, x }));
    const probability = (training: Example[]) => {
      const { model } = trainLogistic(training, { l2: 1e-8, gradientTolerance: 1e-10, relativeTolerance: 0 });
      return sigmoid(margin(toDenseWeights(model, 4), model.bias, x));
    };
    expect(probability(neutral)).toBeCloseTo(0.5, 4);
    expect(probability(neutral.map((e) => ({ ...e, weight: e.label ? 3 : 1 })))).toBeCloseTo(0.75, 4);
  });

  it("is deterministic and independent of example order", () => {
    const a = trainLogistic(examples).model;
    const b = trainLogistic([...examples].reverse()).model;
    expect(trainLogistic(examples).model).toEqual(a);
    [...a.weights].forEach((w, k) => expect(b.weights[k]).toBeCloseTo(w, 4));
  });

  it("refuses no examples and negative weights", () => {
    expect(() => trainLogistic([])).toThrow(/no examples/);
    expect(() => trainLogistic([{ x: v([[1, 1]]), label: true, weight: -1 }])).toThrow(/weight/);
  });
});
