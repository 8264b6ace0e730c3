import { describe, expect, it } from "vitest";
import { paperTermCounts } from "@/lib/learn/features";
import { addScaled, toTfidfVector, type SparseVector } from "@/lib/learn/sparse";
import { surfaceForms } from "@/lib/learn/tokenize";
import { fitVocabulary } from "@/lib/learn/vocabulary";
import { candidateQueries, queryWords, rankBySimilarity } from "./text-rank";

const vec = (entries: [number, number][]): SparseVector => ({
  ids: Uint32Array.from(entries.map(([id]) => id)),
  weights: Float32Array.from(entries.map(([, w]) => w)),
});

describe("sparse sum", () => {
  it("adds a scaled vector, merging ids in order", () => {
    const sum = addScaled(
      vec([
        [1, 1],
        [4, 2],
      ]),
      vec([
        [0, 1],
        [4, 1],
        [9, 2],
      ]),
      0.5,
    );
    expect([...sum.ids]).toEqual([0, 1, 4, 9]);
    expect([...sum.weights]).toEqual([0.5, 1, 2.5, 1]);
  });
});

describe("query words", () => {
  const papers = [
    { title: "Diffusion policies for robot grasping", abstract: "Policies grasp objects.", categories: ["cs.RO"] },
    { title: "Robot navigation", abstract: "A robot moves through crowds.", categories: ["cs.RO"] },
    { title: "Protein folding", abstract: "Proteins fold; robot arms do not.", categories: ["q-bio.BM"] },
  ];
  const df = new Map<string, number>();
  for (const p of papers)
    for (const t of paperTermCounts(p, { bigrams: true, categories: true }).keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vocabulary = fitVocabulary(df, papers.length, { minDf: 1, maxDfShare: 1 });

  it("orders the text's words by tf-idf and spells them as the text does (no folded plurals, no bigrams)", () => {
    const text = "Diffusion policies help a robot; diffusion policies again.";
    const query = toTfidfVector(paperTermCounts({ title: "", abstract: text }, { bigrams: true }), vocabulary);
    const words = queryWords(query, vocabulary, surfaceForms(text));
    // "robot" is in every paper (lowest idf); "diffusion" and "policies" are rarer and repeated.
    expect(words.at(-1)).toBe("robot");
    expect(words).toContain("policies");
    expect(words).not.toContain("policy");
    expect(words.every((w) => !w.includes(" "))).toBe(true);
  });

  it("groups words into the engine's queries: the heaviest ten together, then small groups", () => {
    const words = Array.from({ length: 14 }, (_, i) => `w${i}`);
    const queries = candidateQueries(words, 10, 3, 6);
    expect(queries[0]!.split(" ")).toHaveLength(10);
    expect(queries.slice(1)).toEqual(["w0 w1 w2", "w3 w4 w5", "w6 w7 w8", "w9 w10 w11", "w12 w13"]);
    expect(candidateQueries([])).toEqual([]);
  });
});

describe("ranking by similarity", () => {
  it("puts the closest vector first and drops candidates sharing nothing", () => {
    const query = vec([
      [1, 0.8],
      [2, 0.6],
    ]);
    const ranked = rankBySimilarity(
      query,
      [
        { id: "far", vector: vec([[7, 1]]) },
        {
          id: "near",
          vector: vec([
            [1, 0.6],
            [3, 0.8],
          ]),
        },
        {
          id: "self",
          vector: vec([
            [1, 0.79],
            [2, 0.59],
            [50, 0.2],
          ]),
        },
      ],
      10,
    );
    expect(ranked.map((r) => r.id)).toEqual(["self", "near"]);
  });

  it("lifts papers of the closest papers' field (feedback) above papers sharing only a word", () => {
    // Category term 50 is in the close papers' vectors, not in the text; "same-field" shares it.
    const query = vec([
      [1, 0.7],
      [2, 0.7],
    ]);
    const close = (id: string, own: number) => ({
      id,
      vector: vec([
        [1, 0.6],
        [2, 0.6],
        [own, 0.4],
        [50, 0.35],
      ]),
    });
    const candidates = [
      {
        id: "self",
        vector: vec([
          [1, 0.68],
          [2, 0.68],
          [50, 0.2],
        ]),
      },
      close("a", 10),
      close("b", 11),
      close("c", 12),
      close("d", 13),
      {
        id: "same-field",
        vector: vec([
          [2, 0.4],
          [9, 0.8],
          [50, 0.45],
        ]),
      },
      {
        id: "other-field",
        vector: vec([
          [2, 0.45],
          [8, 0.8],
          [60, 0.4],
        ]),
      },
    ];
    const order = (ranked: { id: string }[]) => ranked.map((r) => r.id).filter((id) => id.endsWith("-field"));
    // By the text alone "other-field" shares slightly more of it…
    expect(rankBySimilarity(query, candidates.slice(5), 2).map((r) => r.id)).toEqual(["other-field", "same-field"]);
    // …with the closest papers' field, the field decides.
    const ranked = rankBySimilarity(query, candidates, 7);
    expect(ranked[0]!.id).toBe("self");
    expect(order(ranked)).toEqual(["same-field", "other-field"]);
  });

  it("returns nothing when no candidate shares a term", () => {
    expect(rankBySimilarity(vec([[1, 1]]), [{ id: "x", vector: vec([[2, 1]]) }], 5)).toEqual([]);
  });
});
