// Authors stored by the ingest reach every place that cites a paper: exports, Zotero tags, feeds.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCitations } from "@/lib/citation/export";
import { toHighwireMeta } from "@/lib/citation/page-metadata";
import { getCitationPaperBySlug, listCitationPapers } from "@/lib/db/citations";
import { getDb } from "@/lib/db/client";
import { listFeedPapersBetween } from "@/lib/db/feed-papers";
import { runIngest } from "@/lib/ingest/run-ingest";
import { createTestDb, useAsAppDb, type TestDb } from "../setup/db";

const HF = path.join(process.cwd(), "tests", "fixtures", "formats", "hf-daily-papers.api-response.30-items.json");
const TITLE = "Rethinking Psychometric Evaluation of LLMs: When and Why Self-Reports Predict Behavior";
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await useAsAppDb(t);
  await runIngest({ db: t.db, file: HF, today: new Date("2026-11-27"), search: null });
});
afterAll(async () => {
  await t.dispose();
});

describe("authors in citations and feeds", () => {
  it("exports a paper with its authors in paper order", async () => {
    const paper = await t.db.paper.findFirstOrThrow({ where: { title: TITLE } });
    const [citation] = await listCitationPapers(getDb(), [paper.id]);
    expect(citation?.authors.slice(0, 3)).toEqual(["Rafal Kocielnik", "Pengrui Han", "Peiyang Song"]);
    const bibtex = formatCitations([citation!], "bibtex", "http://localhost:3000");
    expect(bibtex).toMatch(/author = \{Kocielnik, Rafal and Han, Pengrui and Song, Peiyang/);
    const meta = toHighwireMeta((await getCitationPaperBySlug(getDb(), paper.slug))!, "http://localhost:3000");
    expect([meta.citation_author].flat().slice(0, 2)).toEqual(["Rafal Kocielnik", "Pengrui Han"]);
  });

  it("gives feed items their authors", async () => {
    const papers = await listFeedPapersBetween(getDb(), { from: "2026-06-12", to: "2026-06-12", limit: 50 });
    expect(papers.find((p) => p.title === TITLE)?.authors.slice(0, 2)).toEqual(["Rafal Kocielnik", "Pengrui Han"]);
  });
});
