// "Paste an abstract" on 3,000 real arXiv papers, on a real Meilisearch: the pasted paper comes back
// first, and the rest mostly share its arXiv category (the figures docs/search-performance.md gives at
// 300k, on a collection small enough for a test).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { runIngest } from "@/lib/ingest/run-ingest";
import { ensureFeaturesCurrent, getFeaturesIfReady } from "@/lib/recs/features-store";
import { searchSimilarToText } from "@/lib/related/similar-to-text";
import { createTestDb, dbEnv, type TestDb } from "../setup/db";
import { removeTestMeili, startTestMeili, type TestMeili, meiliEnv } from "../setup/meili";

const CORPUS = path.join(process.cwd(), "tests", "fixtures", "formats", "arxiv-corpus.head3000.jsonl.gz");
let t: TestDb;
let meili: TestMeili;

beforeAll(async () => {
  t = await createTestDb();
  meili = await startTestMeili("papers_similar_text");
  Object.assign(process.env, {
    ...meiliEnv(meili),
    ...dbEnv(t),
  });
  resetEnvCache();
  await runIngest({ db: t.db, file: CORPUS, today: new Date("2026-11-27"), search: meili.target });
}, 240_000);
afterAll(async () => {
  await removeTestMeili(meili);
  await t.dispose();
});

describe("the vocabulary it ranks with", () => {
  it("is left to the background sync for a large collection, and current once that has fitted it", async () => {
    // 3,000 papers count as "large" here; the app's bound is 20,000.
    expect(await getFeaturesIfReady(t.db, 1_000)).toBe("fitting");
    expect(await ensureFeaturesCurrent(t.db)).toBe(true);
    const features = await getFeaturesIfReady(t.db, 1_000);
    if (features === "fitting" || features === null) throw new Error(`features: ${features}`);
    expect(features.vocabulary.documents).toBe(await t.db.paper.count());
    expect(await ensureFeaturesCurrent(t.db)).toBe(false);
  });
});

describe("paste an abstract", () => {
  it("finds the paper an abstract was pasted from first, among papers of its field", async () => {
    const all = await t.db.paper.findMany({
      select: { id: true, abstract: true, categories: { select: { categoryId: true } } },
      orderBy: { id: "asc" },
    });
    expect(all.length).toBeGreaterThan(2_900);
    const categories = new Map(all.map((p) => [p.id, new Set(p.categories.map((c) => c.categoryId))]));
    const sample = all.filter((_, i) => i % 150 === 7);
    let first = 0;
    let shared = 0;
    let others = 0;
    for (const paper of sample) {
      const hits = await searchSimilarToText(t.db, paper.abstract);
      if (!Array.isArray(hits)) throw new Error(`similar-text search answered ${hits}`);
      if (hits[0]?.id === paper.id) first += 1;
      for (const hit of hits.filter((h) => h.id !== paper.id)) {
        others += 1;
        if ([...categories.get(hit.id)!].some((c) => categories.get(paper.id)!.has(c))) shared += 1;
      }
    }
    expect(first).toBe(sample.length);
    expect(others).toBeGreaterThan(sample.length * 5);
    // 3,000 papers hold few neighbours per paper in most fields: the bar is lower than at 300k.
    expect(shared / others).toBeGreaterThan(0.6);
  }, 120_000);

  it("ranks papers sharing the text's words when the text is no paper's abstract", async () => {
    const hits = await searchSimilarToText(t.db, "graph neural networks for molecular property prediction");
    if (!Array.isArray(hits)) throw new Error(`similar-text search answered ${hits}`);
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.map((h) => h.title).join("\n")).toMatch(/graph|molec/i);
  });
});
