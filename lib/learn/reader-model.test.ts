import { describe, expect, it } from "vitest";
import { encodeVector } from "./codec";
import { paperTermCounts } from "./features";
import { createReaderScorer, trainReaderModel } from "./reader-model";
import { closestPositives } from "./explain";
import { dot, toTfidfVector, type SparseVector } from "./sparse";
import { fixturePapers } from "@/tests/setup/fixture-papers";
import { createDocumentFrequencyCounter } from "./vocabulary";

// 4,185 real papers: the even ones are "the past" (saves and background), the odd ones the new papers to rank.
const papers = fixturePapers();
const counter = createDocumentFrequencyCounter();
for (const p of papers) counter.add(paperTermCounts(p, { bigrams: true, categories: true }).keys());
const vocabulary = counter.fit();
const vectors = papers.map((p) =>
  toTfidfVector(paperTermCounts(p, { bigrams: true, categories: true }), vocabulary, { categoryShare: 0.3 }),
);
const past = papers.map((_, i) => i).filter((i) => i % 2 === 0);
const fresh = papers.map((_, i) => i).filter((i) => i % 2 === 1);
const inCategory = (i: number, c: string) => papers[i]!.categories.includes(c);
const saves = (c: string, n: number) => past.filter((i) => papers[i]!.categories[0] === c).slice(0, n);
const background = past.filter((_, k) => k % 3 === 0);
const v = (is: number[]): SparseVector[] => is.map((i) => vectors[i]!);

function topOf(positives: number[], dismissed: number[] = [], n = 20, among = fresh): number[] {
  const model = trainReaderModel({
    positives: v(positives),
    dismissed: v(dismissed),
    background: v(background.filter((i) => !positives.includes(i))),
  });
  return createReaderScorer(model, vocabulary)
    .rank(
      among.map((i) => ({ key: i, vector: vectors[i]! })),
      n,
    )
    .map((r) => r.key);
}
const share = (list: number[], c: string) => list.filter((i) => inCategory(i, c)).length / list.length;

describe("a reader's model", () => {
  it.each(["cs.RO", "quant-ph", "cs.IR"])("learns a %s reader's field from 10 saves", (c) => {
    expect(share(topOf(saves(c, 10)), c)).toBeGreaterThanOrEqual(0.8);
  });

  it("serves three interests at once", () => {
    const top = topOf([...saves("cs.RO", 5), ...saves("quant-ph", 5), ...saves("cs.IR", 5)]);
    expect(
      top.filter((i) => ["cs.RO", "quant-ph", "cs.IR"].some((c) => inCategory(i, c))).length,
    ).toBeGreaterThanOrEqual(16);
  });

  it("pushes a category down after five 'not interested' in it", () => {
    const positives = [...saves("cs.RO", 5), ...saves("quant-ph", 5), ...saves("cs.IR", 5)];
    // The reader dismisses the five quant-ph papers For you showed them first in the past.
    const shown = past.filter((i) => papers[i]!.categories[0] === "quant-ph" && !positives.includes(i));
    const dismissed = topOf(positives, [], 5, shown);
    const before = share(topOf(positives), "quant-ph");
    expect(before).toBeGreaterThan(0.1);
    expect(share(topOf(positives, dismissed), "quant-ph")).toBeLessThanOrEqual(before / 2);
  });

  it("explains a recommendation by its heaviest terms and the closest saves", () => {
    const positives = saves("cs.RO", 10);
    const model = trainReaderModel({ positives: v(positives), background: v(background) });
    const scorer = createReaderScorer(model, vocabulary);
    const [best] = scorer.rank(
      fresh.map((i) => ({ key: i, vector: vectors[i]! })),
      1,
    );
    const [why] = scorer.explain([vectors[best!.key]!], v(positives));
    if (!why) throw new Error("no explanation");
    expect(why.terms.length).toBeGreaterThan(0);
    expect(why.terms.map((t) => t.weight)).toEqual([...why.terms.map((t) => t.weight)].sort((a, b) => b - a));
    expect(why.closest.length).toBeGreaterThanOrEqual(1);
    expect(why.closest.length).toBeLessThanOrEqual(3);
    // The closest save shares the recommendation's heaviest word, or its category.
    const closest = papers[positives[why.closest[0]!.index]!]!;
    const closestTerms = paperTermCounts(closest, { bigrams: true, categories: true });
    expect(why.terms.some((t) => closestTerms.has(t.term))).toBe(true);
  });

  it("finds the closest saves of a whole page at once exactly as one dot product per pair would", () => {
    const positives = v(past.slice(0, 300));
    const page = v(fresh.slice(0, 30));
    const batched = closestPositives(page, positives, 3);
    page.forEach((x, k) => {
      const pairwise = positives
        .map((p, index) => ({ index, cosine: dot(x, p) }))
        .filter((c) => c.cosine > 0)
        .sort((a, b) => b.cosine - a.cosine || a.index - b.index)
        .slice(0, 3);
      expect(batched[k]).toEqual(pairwise);
    });
    expect(batched.every((c) => c.length === 3)).toBe(true);
  });

  it("ranks the same way every time and scores every candidate once (rank = sort by score)", () => {
    const model = trainReaderModel({ positives: v(saves("cs.IR", 10)), background: v(background) });
    const scorer = createReaderScorer(model, vocabulary);
    const candidates = fresh.map((i) => ({ key: i, vector: vectors[i]! }));
    const ranked = scorer.rank(candidates, 50);
    const sorted = candidates
      .map((c) => ({ key: c.key, score: scorer.score(c.vector) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 50);
    expect(ranked).toEqual(sorted);
    // Stored papers rank from their bytes as from their vectors (up to the 16-bit weights).
    const fromBytes = scorer.rank(
      fresh.map((i) => ({ key: i, bytes: encodeVector(vectors[i]!) })),
      50,
    );
    expect(fromBytes.map((r) => r.key)).toEqual(ranked.map((r) => r.key));
    fromBytes.forEach((r, k) => expect(r.score).toBeCloseTo(ranked[k]!.score, 3));
    expect(
      createReaderScorer(
        trainReaderModel({ positives: v(saves("cs.IR", 10)), background: v(background) }),
        vocabulary,
      ).rank(candidates, 50),
    ).toEqual(ranked);
  });

  it("needs at least one positive", () => {
    expect(() => trainReaderModel({ positives: [], background: v(background) })).toThrow(/positives/);
  });
});
