// Relevance on real arXiv data: 200 papers sampled with a fixed seed from the corpus, among
// ~4,000 distractors (random, and papers sharing title words with each target) — see
// scripts/make-relevance-fixture.ts. A query of 3–5 title words must find the paper in the top 3
// for ≥ 95% of them, and for ≥ 90% when one word carries a typo.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { getSearchIndex } from "@/lib/search/client";
import { parseCorpusLine, toCorpusDocument } from "@/scripts/shared/corpus-record";
import type { SearchDocument } from "@/lib/search/documents";
import { applySearchSettings } from "@/lib/search/indexing";
import { searchPapers } from "@/lib/search/search-papers";
import { STOP_WORDS } from "@/lib/learn/tokenize";
import { randomInt, seededRandom, type Random } from "@/lib/domain/seeded-random";
import { SearchQuerySchema } from "@/lib/validation/search-query";
import { removeTestMeili, startTestMeili, type TestMeili, meiliEnv } from "../setup/meili";

const FIXTURE = path.join(process.cwd(), "tests", "fixtures", "relevance-corpus.jsonl.gz");
const TARGETS = 200;
let meili: TestMeili;
let docs: SearchDocument[];

beforeAll(async () => {
  const lines = gunzipSync(readFileSync(FIXTURE)).toString("utf8").split("\n");
  docs = lines.flatMap((line, i) => {
    const record = parseCorpusLine(line);
    return record ? [toCorpusDocument(record, i)] : [];
  });
  meili = await startTestMeili("papers_relevance");
  Object.assign(process.env, meiliEnv(meili));
  resetEnvCache();
  await applySearchSettings(meili.target);
  const task = await getSearchIndex(meili.target, 60_000)
    .addDocuments(docs, { primaryKey: "id" })
    .waitTask({ timeout: 120_000 });
  expect(task.status).toBe("succeeded");
}, 180_000);
afterAll(async () => {
  await removeTestMeili(meili);
});

/** 3–5 consecutive content words of the title (all its words when it has fewer than 3). */
function titleQuery(title: string, random: Random): string[] {
  const words = title.match(/[\p{L}\p{N}]+/gu) ?? [];
  const content = words.filter((w) => w.length >= 3 && !STOP_WORDS.has(w.toLowerCase()));
  const pool = content.length >= 3 ? content : words;
  const n = Math.min(pool.length, randomInt(random, 3, 5));
  const start = randomInt(random, 0, pool.length - n);
  return pool.slice(start, start + n);
}

/** One substituted letter inside the longest word (never the first letter: that costs two typos). */
function withTypo(words: string[], random: Random): string[] {
  const at = words.reduce((best, w, i) => (w.length > words[best]!.length ? i : best), 0);
  const word = words[at]!;
  const pos = randomInt(random, 1, Math.max(1, word.length - 2));
  const original = word[pos]!.toLowerCase();
  const letters = "abcdefghijklmnopqrstuvwxyz".replace(original, "");
  const typo = word.slice(0, pos) + letters[randomInt(random, 0, letters.length - 1)] + word.slice(pos + 1);
  return words.map((w, i) => (i === at ? typo : w));
}

async function foundInTop3(q: string, id: string): Promise<boolean> {
  const result = await searchPapers(SearchQuerySchema.parse({ q }));
  return result.hits.slice(0, 3).some((h) => h.id === id);
}

describe("relevance on the corpus sample", () => {
  it(`finds each of ${TARGETS} papers in the top 3 from title words, and with a typo`, async () => {
    expect(docs.length).toBeGreaterThan(3_000);
    const random = seededRandom(4);
    const misses: string[] = [];
    const typoMisses: string[] = [];
    for (const doc of docs.slice(0, TARGETS)) {
      const words = titleQuery(doc.title, random);
      const typoWords = withTypo(words, random);
      if (!(await foundInTop3(words.join(" "), doc.id))) misses.push(`${words.join(" ")}  ←  ${doc.title}`);
      if (!(await foundInTop3(typoWords.join(" "), doc.id))) typoMisses.push(`${typoWords.join(" ")}  ←  ${doc.title}`);
    }
    const exact = 1 - misses.length / TARGETS;
    const typo = 1 - typoMisses.length / TARGETS;
    console.log(`relevance: top-3 ${(exact * 100).toFixed(1)}% exact, ${(typo * 100).toFixed(1)}% with a typo`);
    expect(exact, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(typo, typoMisses.join("\n")).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it("pages past Meilisearch's default 1,000-hit cap", async () => {
    const first = await searchPapers(SearchQuerySchema.parse({ sort: "newest" }));
    expect(first.total).toBe(docs.length);
    expect(first.totalIsCapped).toBe(false);
    const deep = await searchPapers(SearchQuerySchema.parse({ sort: "newest", page: 150 }));
    expect(deep.page).toBe(150);
    expect(deep.hits).toHaveLength(20);
    expect(deep.totalPages).toBe(Math.ceil(docs.length / 20));
  });

  it("filters and counts by author and arXiv category (the fields the ingest fills)", async () => {
    const doc = docs.slice(0, TARGETS).find((d) => d.authors.length > 0 && d.categories.length > 0)!;
    const byAuthor = await searchPapers(SearchQuerySchema.parse({ author: doc.authors[0] }));
    expect(byAuthor.hits.map((h) => h.id)).toContain(doc.id);
    expect(byAuthor.hits.every((h) => h.authors.length > 0)).toBe(true);
    const all = await searchPapers(SearchQuerySchema.parse({}));
    const category = all.facets.category[0]!;
    const byCategory = await searchPapers(SearchQuerySchema.parse({ category: category.value }));
    expect(byCategory.total).toBe(category.count);
    expect(byCategory.hits.every((h) => h.categories.includes(category.value))).toBe(true);
  });
});
