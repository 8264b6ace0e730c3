// Search query features over the seed on a real Meilisearch: phrases, exclusion, combined facets,
// month range, sorts, pagination, precomputed similar papers and "paste an abstract".
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { runIngest } from "@/lib/ingest/run-ingest";
import { listSimilarPapers } from "@/lib/db/similar-papers";
import { searchPapers as searchQuery } from "@/lib/search/search-papers";
import { searchSimilarToText } from "@/lib/related/similar-to-text";
import { tokenize } from "@/lib/learn/tokenize";
import { SearchQuerySchema } from "@/lib/validation/search-query";
import { createTestDb, dbEnv, type TestDb } from "../setup/db";
import { removeTestMeili, startTestMeili, type TestMeili, meiliEnv } from "../setup/meili";

const SEED = path.join(process.cwd(), "prisma", "seed-digest.txt");
const HELPSTEER = "HelpSteer2-Preference: Complementing Ratings with Preferences";
let t: TestDb;
let meili: TestMeili;

const search = (input: Record<string, unknown>) => searchQuery(SearchQuerySchema.parse(input));
const titles = (r: { hits: { title: { text: string }[] }[] }) => r.hits.map((h) => h.title.map((s) => s.text).join(""));

beforeAll(async () => {
  t = await createTestDb();
  meili = await startTestMeili("papers_features");
  Object.assign(process.env, {
    ...meiliEnv(meili),
    ...dbEnv(t),
  });
  resetEnvCache();
  await runIngest({ db: t.db, file: SEED, today: new Date("2026-11-27"), search: meili.target });
});
afterAll(async () => {
  await removeTestMeili(meili);
  await t.dispose();
});

describe("query syntax", () => {
  it("matches a quoted phrase only in its word order", async () => {
    expect(titles(await search({ q: '"complementing ratings"' }))).toContain(HELPSTEER);
    expect(titles(await search({ q: '"ratings complementing"' }))).not.toContain(HELPSTEER);
  });

  it("excludes papers containing a -word", async () => {
    expect(titles(await search({ q: "preference" }))).toContain(HELPSTEER);
    const without = await search({ q: "preference -ratings" });
    expect(without.total).toBeGreaterThan(0);
    expect(titles(without)).not.toContain(HELPSTEER);
  });

  it("matches a prefix as you type", async () => {
    expect(titles(await search({ q: "helpste" }))).toContain(HELPSTEER);
  });
});

describe("facets and sorting", () => {
  it("combines facets; each count equals the total after selecting it", async () => {
    const all = await search({ q: "" });
    const code = all.facets.has.find((f) => f.value === "code")!;
    expect(code.count).toBeGreaterThan(0);
    const withCode = await search({ q: "", has: "code" });
    expect(withCode.total).toBe(code.count);
    const topic = withCode.facets.topic[0]!;
    const both = await search({ q: "", has: "code", topic: topic.value });
    expect(both.total).toBe(topic.count);
    expect(both.hits.every((h) => h.linkKinds.includes("code") && h.topics.some((x) => x.slug === topic.value))).toBe(
      true,
    );
  });

  it("filters by a digest month range and counts months", async () => {
    const all = await search({ q: "" });
    expect(all.facets.month).toEqual([{ value: "2026-03", label: "Mar 2026", count: 98 }]);
    expect((await search({ q: "", from: "2026-03", to: "2026-03" })).total).toBe(98);
    expect((await search({ q: "", from: "2026-04" })).total).toBe(0);
    expect((await search({ q: "", to: "2026-02" })).total).toBe(0);
  });

  it("sorts by trending rank and paginates past the first page", async () => {
    const first = await search({ q: "", sort: "trending" });
    expect(first.totalPages).toBe(5);
    expect(titles(first)[0]).toMatch(/^Theme Transformer/);
    const second = await search({ q: "", sort: "trending", page: 2 });
    expect(second.page).toBe(2);
    expect(second.hits).toHaveLength(20);
    expect(new Set([...titles(first), ...titles(second)]).size).toBe(40);
    expect(first.totalIsCapped).toBe(false);
  });
});

describe("similar papers", () => {
  it("stores 5–10 neighbours per paper at index time, each sharing distinctive words or topics", async () => {
    const papers = await t.db.paper.findMany({ include: { topics: { include: { topic: true } } } });
    const counts = await Promise.all(papers.map(async (p) => (await listSimilarPapers(getDb(), p.id)).length));
    expect(counts.filter((c) => c >= 5 && c <= 10).length / papers.length).toBeGreaterThanOrEqual(0.85);
    const paper = papers.find((p) => p.title === HELPSTEER)!;
    const similar = await listSimilarPapers(getDb(), paper.id);
    const words = new Set(tokenize(`${paper.title} ${paper.abstract}`));
    for (const s of similar) {
      const other = papers.find((p) => p.id === s.id)!;
      const sharedWords = tokenize(`${other.title} ${other.abstract}`).filter((w) => words.has(w));
      const sharedTopics = other.topics.filter((x) => paper.topics.some((y) => y.topicId === x.topicId));
      expect(sharedWords.length + sharedTopics.length, other.title).toBeGreaterThan(2);
    }
    expect(similar.map((s) => s.title).join("\n")).toMatch(/reward|preference/i);
  });

  it("finds the paper an abstract was pasted from, far beyond the 10-word query limit", async () => {
    const paper = await t.db.paper.findFirstOrThrow({ where: { title: HELPSTEER } });
    const hits = await searchSimilarToText(getDb(), paper.abstract);
    if (!Array.isArray(hits)) throw new Error(`similar-text search answered ${hits}`);
    expect(hits[0]?.title).toBe(HELPSTEER);
    expect(hits.length).toBeGreaterThan(3);
  });
});
