// Search against a real Meilisearch on a free port: seed indexed, typo tolerance, facets, outage and recovery.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { runIngest } from "@/lib/ingest/run-ingest";
import { getSearchIndex } from "@/lib/search/client";
import { reindexAll, syncSearchIndex } from "@/lib/search/indexing";
import { searchPapers as searchQuery } from "@/lib/search/search-papers";
import { SearchQuerySchema } from "@/lib/validation/search-query";
import { createTestDb, type TestDb } from "../setup/db";
import { removeTestMeili, startTestMeili, type TestMeili } from "../setup/meili";

const SEED = path.join(process.cwd(), "prisma", "seed-digest.txt");
let t: TestDb;
let meili: TestMeili;

const searchPapers = (input: Record<string, unknown>) => searchQuery(SearchQuerySchema.parse(input));
const titles = (r: { hits: { title: { text: string }[] }[] }) => r.hits.map((h) => h.title.map((s) => s.text).join(""));

beforeAll(async () => {
  t = await createTestDb();
  meili = await startTestMeili();
  process.env.MEILI_URL = meili.target.url;
  process.env.MEILI_MASTER_KEY = meili.target.apiKey;
  process.env.MEILI_INDEX = meili.target.indexName;
  resetEnvCache();
  const summary = await runIngest({ db: t.db, file: SEED, today: new Date("2026-11-27"), search: meili.target });
  expect(summary.indexed).toBe(98);
});
afterAll(async () => {
  await removeTestMeili(meili);
  await t.dispose();
});

describe("search over the seed", () => {
  it("indexes every paper once", async () => {
    const stats = await getSearchIndex(meili.target).getStats();
    expect(stats.numberOfDocuments).toBe(98);
    expect(await syncSearchIndex(t.db, meili.target)).toBe(0);
  });

  it("finds HelpSteer2-Preference for 'preference', and for the typo 'prefrence'", async () => {
    for (const q of ["preference", "prefrence"]) {
      const result = await searchPapers({ q, page: 1 });
      expect(titles(result).slice(0, 10)).toContain("HelpSteer2-Preference: Complementing Ratings with Preferences");
    }
    const hit = (await searchPapers({ q: "preference", page: 1 })).hits[0]!;
    expect(hit.title.some((s) => s.match) || hit.snippet.some((s) => s.match)).toBe(true);
  });

  it("topic facet counts add up: each equals the database count and the filtered total", async () => {
    const all = await searchPapers({ q: "", page: 1 });
    expect(all.total).toBe(98);
    const dbCounts = await t.db.topic.findMany({ select: { slug: true, _count: { select: { papers: true } } } });
    const expected = Object.fromEntries(
      dbCounts.filter((c) => c._count.papers > 0).map((c) => [c.slug, c._count.papers]),
    );
    expect(Object.fromEntries(all.facets.topic.map((f) => [f.value, f.count]))).toEqual(expected);
    const facet = all.facets.topic[0]!;
    const filtered = await searchPapers({ q: "", topic: facet.value, page: 1 });
    expect(filtered.total).toBe(facet.count);
    expect(filtered.hits.every((h) => h.topics.some((tp) => tp.slug === facet.value))).toBe(true);
  });

  it("reports SEARCH_UNAVAILABLE fast when Meilisearch stops, and indexes papers stored meanwhile once it returns", async () => {
    await meili.stop();
    const started = performance.now();
    const error = await searchPapers({ q: "preference", page: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("SEARCH_UNAVAILABLE");
    expect(performance.now() - started).toBeLessThan(1_000);

    // A paper changed while search is down stays pending in the database…
    await t.db.paper.update({
      where: { slug: (await t.db.paper.findFirstOrThrow({ where: { rank: 1 } })).slug },
      data: { title: "Theme Transformer (renamed while search was down)", updatedAt: new Date() },
    });
    await expect(syncSearchIndex(t.db, meili.target)).rejects.toThrow();

    // …and is sent when the engine is back.
    await meili.restart();
    expect(await syncSearchIndex(t.db, meili.target)).toBe(1);
    expect(titles(await searchPapers({ q: "renamed while search was down", page: 1 }))[0]).toContain(
      "renamed while search was down",
    );
  });

  it("rebuilds the whole index from the database", async () => {
    expect(await reindexAll(t.db, meili.target)).toBe(98);
    expect((await getSearchIndex(meili.target).getStats()).numberOfDocuments).toBe(98);
  });
});
