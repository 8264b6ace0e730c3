import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  countDocumentTerms,
  createNeighbourCollector,
  MIN_SCORE,
  TOPIC_BONUS,
  vectorOf,
  type Neighbour,
  type SimilarityInput,
} from "./similarity";

const doc = (id: string, title: string, abstract: string, topics: string[] = []) => ({ id, title, abstract, topics });
const filler = Array.from({ length: 20 }, (_, i) =>
  doc(`f${i}`, `Unrelated study number ${i}`, `Weather, cooking and gardening notes ${i}.`),
);
/** The two passes lib/related/related-papers.ts makes over the database, over an array instead. */
function similarWithin(docs: SimilarityInput[], ids: string[]): Map<string, Neighbour[]> {
  const df = new Map<string, number>();
  for (const d of docs) countDocumentTerms(df, d);
  const wanted = new Set(ids);
  const collector = createNeighbourCollector(
    docs
      .filter((d) => wanted.has(d.id))
      .map((d) => ({ id: d.id, vector: vectorOf(d, df, docs.length), topics: d.topics })),
  );
  for (const d of docs) collector.add({ id: d.id, vector: vectorOf(d, df, docs.length), topics: d.topics });
  return collector.results();
}
const similarIds = (docs: SimilarityInput[], id: string) => (similarWithin(docs, [id]).get(id) ?? []).map((n) => n.id);

/** The definition, by brute force over every pair: what the streamed collector must reproduce. */
function bruteForce(docs: SimilarityInput[], id: string): Neighbour[] {
  const df = new Map<string, number>();
  for (const d of docs) countDocumentTerms(df, d);
  const self = docs.find((d) => d.id === id)!;
  const query = vectorOf(self, df, docs.length);
  const out: Neighbour[] = [];
  for (const other of docs) {
    if (other.id === id) continue;
    const weights = new Map(vectorOf(other, df, docs.length));
    const common = query.filter(([t]) => weights.has(t));
    if (common.length === 0) continue;
    const score =
      common.reduce((s, [t, w]) => s + w * weights.get(t)!, 0) +
      other.topics.filter((t) => self.topics.includes(t)).length * TOPIC_BONUS;
    if (score >= MIN_SCORE) out.push({ id: other.id, score: Math.round(score * 1e4) / 1e4 });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, 8);
}

describe("similar papers", () => {
  it("ranks papers sharing distinctive terms first and ignores papers sharing nothing", () => {
    const docs = [
      doc(
        "a",
        "Diffusion policies for robot grasping",
        "We train diffusion policies to grasp objects with a robot arm.",
      ),
      doc("b", "Robot grasping with diffusion", "Diffusion models for grasping in robot manipulation."),
      doc("c", "Robot navigation in crowds", "A robot learns to move through crowds of people."),
      doc("d", "Protein folding with transformers", "We fold proteins."),
      ...filler,
    ];
    const similar = similarIds(docs, "a");
    expect(similar[0]).toBe("b");
    expect(similar).not.toContain("d");
    expect(similar).not.toContain("a");
  });

  it("counts shared topics as evidence", () => {
    const docs = [
      doc("a", "Sparse attention kernels", "Fast kernels.", ["efficiency"]),
      doc("b", "Sparse attention at scale", "Long contexts.", ["efficiency"]),
      doc("c", "Sparse attention for vision", "Images.", []),
      ...filler,
    ];
    expect(similarIds(docs, "a")).toEqual(["b", "c"]);
  });

  it("streamed over 3,000 real arXiv records, finds exactly the brute-force neighbours", () => {
    const lines = gunzipSync(readFileSync("tests/fixtures/formats/arxiv-corpus.head3000.jsonl.gz"))
      .toString("utf8")
      .trim()
      .split("\n");
    const docs = lines.map((line, i) => {
      const r = JSON.parse(line) as { title: string; abstract: string; categories: string[] };
      return doc(`p${i}`, r.title, r.abstract, r.categories.slice(0, 1));
    });
    const ids = docs.filter((_, i) => i % 97 === 0).map((d) => d.id);
    const streamed = similarWithin(docs, ids);
    for (const id of ids) expect(streamed.get(id), id).toEqual(bruteForce(docs, id));
    expect(ids.filter((id) => streamed.get(id)!.length > 0).length).toBeGreaterThan(ids.length / 2);
  });
});
