import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeLinearModel, decodeVector, dotEncoded, encodeLinearModel, encodeVector, MAX_TERM_ID } from "./codec";
import { paperTermCounts } from "./features";
import { cosine, dot, toTfidfVector, type SparseVector } from "./sparse";
import { createDocumentFrequencyCounter, fitVocabulary } from "./vocabulary";

const papers = [
  { title: "Graph neural networks", abstract: "Message passing on graphs.", categories: ["cs.LG"] },
  { title: "Graph transformers", abstract: "Attention over graph nodes.", categories: ["cs.LG", "cs.AI"] },
  { title: "Speech recognition", abstract: "Acoustic models for speech.", categories: ["eess.AS"] },
  { title: "Protein graphs", abstract: "Graphs of protein contacts.", categories: ["q-bio.BM"] },
];

describe("vocabulary", () => {
  it("keeps words within the document-frequency bounds, most frequent first, and every category", () => {
    const counter = createDocumentFrequencyCounter();
    for (const p of papers) counter.add(paperTermCounts(p, { categories: true }).keys());
    const v = counter.fit({ minDf: 2, maxDfShare: 0.8 });
    expect(v.terms).toEqual(["graph", "arxiv:cs.LG", "arxiv:cs.AI", "arxiv:eess.AS", "arxiv:q-bio.BM"]);
    expect(v.documents).toBe(4);
    // Rarer terms weigh more; no term weighs 0.
    expect(v.idf[v.index.get("arxiv:cs.AI")!]!).toBeGreaterThan(v.idf[v.index.get("graph")!]!);
    expect(Math.min(...v.idf)).toBeGreaterThan(0);
  });

  it("counts exactly while memory lasts, and bounds memory with a known undercount when it runs out", () => {
    const exact = createDocumentFrequencyCounter();
    const bounded = createDocumentFrequencyCounter({ maxEntries: 50 });
    for (let i = 0; i < 2_000; i += 1) {
      const terms = ["common", `rare${i}`, `mid${i % 10}`];
      exact.add(terms);
      bounded.add(terms);
    }
    expect(exact.maxUndercount).toBe(0);
    expect(exact.fit({ minDf: 5, maxDfShare: 1 }).terms).toEqual([
      "common",
      ...Array.from({ length: 10 }, (_, i) => `mid${i}`),
    ]);
    // The rare terms were forgotten; frequent ones survive, short of their true count by at most the undercount.
    const v = bounded.fit({ minDf: 5, maxDfShare: 1 });
    expect(v.terms.slice(0, 11).sort()).toEqual(exact.fit({ minDf: 5, maxDfShare: 1 }).terms.sort());
    expect(bounded.maxUndercount).toBeGreaterThan(0);
    expect(bounded.maxUndercount).toBeLessThan(5);
  });

  it("is deterministic: ties between equally frequent terms break by the term", () => {
    const df = new Map([
      ["b", 3],
      ["a", 3],
      ["c", 4],
    ]);
    expect(fitVocabulary(df, 10, { minDf: 1 }).terms).toEqual(["c", "a", "b"]);
  });
});

describe("tf-idf vectors", () => {
  const counter = createDocumentFrequencyCounter();
  for (const p of papers) counter.add(paperTermCounts(p, { categories: true }).keys());
  const vocabulary = counter.fit({ minDf: 1, maxDfShare: 1 });
  const vectorOf = (i: number, share = 0) =>
    toTfidfVector(paperTermCounts(papers[i]!, { categories: true }), vocabulary, { categoryShare: share });

  it("are L2-normalised with ascending ids", () => {
    for (let i = 0; i < papers.length; i += 1) {
      const v = vectorOf(i, 0.3);
      expect(dot(v, v)).toBeCloseTo(1, 6);
      expect([...v.ids]).toEqual([...v.ids].sort((a, b) => a - b));
    }
  });

  it("give categories the asked share of the length, and none when the share is 0", () => {
    const v = vectorOf(1, 0.3);
    const categoryLength = Math.hypot(
      ...[...v.ids].flatMap((id, k) => (vocabulary.terms[id]!.startsWith("arxiv:") ? [v.weights[k]!] : [])),
    );
    expect(categoryLength).toBeCloseTo(0.3, 6);
    expect([...vectorOf(1).ids].some((id) => vocabulary.terms[id]!.startsWith("arxiv:"))).toBe(false);
  });

  it("keep only the heaviest terms when capped", () => {
    const full = vectorOf(0);
    const capped = toTfidfVector(paperTermCounts(papers[0]!), vocabulary, { maxTermsPerPaper: 2 });
    expect(capped.ids.length).toBe(2);
    expect(cosine(full, capped)).toBeGreaterThan(0.6);
  });

  it("score papers on the same subject closer", () => {
    expect(cosine(vectorOf(0), vectorOf(1))).toBeGreaterThan(cosine(vectorOf(0), vectorOf(2)));
    expect(cosine(vectorOf(0), vectorOf(2))).toBe(0);
  });
});

describe("binary vectors", () => {
  const vectorsUpTo = (maxId: number) =>
    fc.uniqueArray(fc.integer({ min: 0, max: maxId }), { maxLength: 300 }).chain((ids) =>
      fc
        .array(fc.float({ min: -1, max: 1, noNaN: true }), { minLength: ids.length, maxLength: ids.length })
        .map((ws) => ({
          ids: Uint32Array.from(ids.sort((a, b) => a - b)),
          weights: Float32Array.from(ws),
        })),
    );
  const arbitraryVector = vectorsUpTo(MAX_TERM_ID);

  it("round-trip ids exactly and weights to 16 bits", () => {
    fc.assert(
      fc.property(arbitraryVector, (v: SparseVector) => {
        const back = decodeVector(encodeVector(v));
        expect([...back.ids]).toEqual([...v.ids]);
        back.weights.forEach((w, k) => expect(Math.abs(w - v.weights[k]!)).toBeLessThanOrEqual(1 / 32767));
      }),
    );
  });

  it("score in place: a dense dot product over the bytes equals it over the decoded vector", () => {
    const dense = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i));
    fc.assert(
      fc.property(vectorsUpTo(999), (v: SparseVector) => {
        const bytes = encodeVector(v);
        const decoded = decodeVector(bytes);
        const expected = [...decoded.ids].reduce((s, id, k) => s + dense[id]! * decoded.weights[k]!, 0);
        expect(dotEncoded(dense, bytes)).toBeCloseTo(expected, 4);
      }),
    );
    expect(() => dotEncoded(new Float32Array(4), Uint8Array.of(1, 3, 0))).toThrow(/truncated/);
    expect(() => dotEncoded(new Float32Array(4), Uint8Array.of(1, 1, 0x80, 0x80, 0, 0))).toThrow(/length/);
    expect(() => encodeVector({ ids: Uint32Array.of(MAX_TERM_ID + 1), weights: Float32Array.of(1) })).toThrow(/above/);
  });

  it("give the same bytes for the same vector, at most 4 bytes a term", () => {
    const v = { ids: Uint32Array.from({ length: 100 }, (_, i) => i * 997), weights: new Float32Array(100).fill(0.1) };
    const bytes = encodeVector(v);
    expect(encodeVector(v)).toEqual(bytes);
    expect(bytes.length).toBeLessThanOrEqual(2 + 100 * 4);
  });

  it("refuse bytes they did not write", () => {
    const bytes = encodeVector({ ids: Uint32Array.of(3, 900), weights: Float32Array.of(0.6, 0.8) });
    expect(() => decodeVector(bytes.subarray(0, bytes.length - 1))).toThrow(/length|truncated/);
    expect(() => decodeVector(Uint8Array.of(9, 0))).toThrow(/format/);
    expect(() => decodeVector(Uint8Array.of(1, 0xff, 0xff, 0xff, 0xff, 0x7f))).toThrow(/truncated/);
    expect(() => encodeVector({ ids: Uint32Array.of(5, 2), weights: Float32Array.of(0.1, 0.1) })).toThrow(/ascend/);
  });
});

describe("binary linear models", () => {
  it("round-trip exactly (float32 weights, float64 bias) and refuse bytes they did not write", () => {
    const model = {
      ids: Uint32Array.of(0, 7, 300_000),
      weights: Float32Array.of(-12.5, 0.25, 3e-7),
      bias: -4.123456789,
    };
    const bytes = encodeLinearModel(model);
    expect(decodeLinearModel(bytes)).toEqual(model);
    expect(encodeLinearModel(model)).toEqual(bytes);
    expect(() => decodeLinearModel(bytes.subarray(0, bytes.length - 2))).toThrow(/length|truncated/);
    expect(() => decodeLinearModel(encodeVector({ ids: Uint32Array.of(1), weights: Float32Array.of(1) }))).toThrow(
      /format/,
    );
  });
});
