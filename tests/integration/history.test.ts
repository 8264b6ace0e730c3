// One paper from several sources and days: one record, every appearance kept, versions collapse,
// authors and categories stored; rejections reported and skipped, or fatal with --strict.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IngestError } from "@/lib/ingest/errors";
import { runIngest } from "@/lib/ingest/run-ingest";
import { createTestDb, type TestDb } from "../setup/db";

const HF5 = path.join(process.cwd(), "tests/fixtures/formats/hf-daily-papers.api-response.5-items.json");
const ID = "arxiv-2607_23193";
let t: TestDb;
let tmp: string;
const write = (name: string, text: string) => {
  const file = path.join(tmp, name);
  writeFileSync(file, text);
  return file;
};
const line = (o: object) =>
  JSON.stringify({
    title: "OmniScope v1 title",
    abstract: "An abstract.",
    authors: ["Jinsen Su"],
    categories: ["cs.CV", "cs.CL"],
    published: "2026-07-28",
    ...o,
  });

beforeAll(async () => {
  t = await createTestDb();
  tmp = mkdtempSync(path.join(os.tmpdir(), "paperboard-history-"));
});
afterAll(async () => {
  await t.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

describe("identity and history", () => {
  it("keeps one paper per arXiv id with an appearance per day and the latest as its digest day", async () => {
    await runIngest({ db: t.db, file: HF5, search: null });
    const day2 = JSON.parse(readFileSync(HF5, "utf8")) as { paper: { submittedOnDailyAt: string; upvotes: number } }[];
    day2.forEach((item) => {
      item.paper.submittedOnDailyAt = "2026-08-01T00:00:00.000Z";
      item.paper.upvotes += 10;
    });
    const s = await runIngest({ db: t.db, file: write("day2.json", JSON.stringify(day2.slice(0, 1))), search: null });
    expect(s).toMatchObject({ created: 0, updated: 1, days: ["2026-08-01"] });
    const entries = await t.db.digestEntry.findMany({
      where: { paperId: ID },
      include: { digest: true },
      orderBy: { digest: { date: "asc" } },
    });
    expect(entries.map((e) => [e.digest.date, e.digest.source, e.rank, e.upvotes, e.commentCount])).toEqual([
      ["2026-07-31", "hf-daily", 1, 3, 2],
      ["2026-08-01", "hf-daily", 1, 13, 2],
    ]);
    expect(await t.db.paper.findUniqueOrThrow({ where: { id: ID } })).toMatchObject({
      digestDate: "2026-08-01",
      rank: 1,
    });
  });

  it("collapses versions: a higher version replaces metadata, a lower one never does", async () => {
    await runIngest({
      db: t.db,
      file: write("v2.jsonl", line({ id: "2607.23193v2", title: "OmniScope v2 title" })),
      search: null,
    });
    const v1 = await runIngest({ db: t.db, file: write("v1.jsonl", line({ id: "2607.23193v1" })), search: null });
    expect(v1).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const paper = await t.db.paper.findUniqueOrThrow({
      where: { id: ID },
      include: {
        categories: { orderBy: { position: "asc" } },
        authors: { include: { author: true } },
        appearances: true,
      },
    });
    expect(paper).toMatchObject({
      title: "OmniScope v2 title",
      arxivVersion: 2,
      digestDate: "2026-08-01",
      source: "arxiv-jsonl",
    });
    expect(paper.categories.map((c) => [c.categoryId, c.primary])).toEqual([
      ["cs.CV", true],
      ["cs.CL", false],
    ]);
    expect(paper.authors.map((a) => a.author.name)).toEqual(["Jinsen Su"]);
    expect(paper.appearances).toHaveLength(2);
    expect(await t.db.paper.count({ where: { arxivId: "2607.23193" } })).toBe(1);
  });

  it("splits a multi-day CRLF digest into one digest per day", async () => {
    const abs = "We study a thing. Results show that the thing improves other things by a wide margin.";
    const text = ["Mar 13", "", "Ünïcode paper one", "", abs, "", "Mar 14", "", "Paper two", "", abs, ""].join("\r\n");
    const s = await runIngest({
      db: t.db,
      file: write("multi.txt", text),
      today: new Date("2026-11-27"),
      search: null,
    });
    expect(s).toMatchObject({ days: ["2026-03-13", "2026-03-14"], created: 2 });
    expect(
      await t.db.digest.findMany({ where: { source: "digest-text" }, select: { date: true, paperCount: true } }),
    ).toEqual([
      { date: "2026-03-13", paperCount: 1 },
      { date: "2026-03-14", paperCount: 1 },
    ]);
  });
});

describe("a digest paper without arXiv id", () => {
  const abs = "We study a thing. Results show that the thing improves other things by a wide margin.";
  const digest = ["Mar 13", "", "Joint Paper: Across Sources", "", abs, ""].join("\n");
  const arxivLine = line({
    id: "2603.00042v1",
    title: "Joint paper — across sources",
    abstract: "The arXiv abstract.",
  });

  it("is the same record as that paper from arXiv, whichever comes first, keeping its URL", async () => {
    await runIngest({ db: t.db, file: write("joint.txt", digest), today: new Date("2026-11-27"), search: null });
    const before = await t.db.paper.findFirstOrThrow({ where: { title: "Joint Paper: Across Sources" } });
    const s = await runIngest({ db: t.db, file: write("joint.jsonl", arxivLine), search: null });
    expect(s).toMatchObject({ created: 0, updated: 1 });
    const after = await t.db.paper.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({
      slug: before.slug,
      arxivId: "2603.00042",
      abstract: "The arXiv abstract.",
      digestDate: "2026-03-13",
    });
    // The digest again: its appearance stays, its copy of the metadata does not replace arXiv's.
    expect(
      await runIngest({ db: t.db, file: write("joint.txt", digest), today: new Date("2026-11-27"), search: null }),
    ).toMatchObject({ unchanged: 1 });
    expect(await t.db.paper.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({
      abstract: "The arXiv abstract.",
    });
    expect(await t.db.paper.count({ where: { titleKey: before.titleKey } })).toBe(1);
  });
});

describe("bad records", () => {
  const mixed = () =>
    [line({ id: "2601.00001" }), "{broken", line({ id: "2601.00002", title: "" }), line({ id: "2601.00003" })].join(
      "\n",
    );

  it("skips and reports rejected records with line and field, and logs the run", async () => {
    const s = await runIngest({ db: t.db, file: write("mixed.jsonl", mixed()), search: null });
    expect(s).toMatchObject({ papers: 2, rejected: 2 });
    expect(s.rejections).toEqual([
      expect.stringMatching(/mixed\.jsonl:2: json: not JSON/),
      expect.stringMatching(/mixed\.jsonl:3: title: /),
    ]);
    const run = await t.db.ingestRun.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(run).toMatchObject({ status: "succeeded", format: "arxiv-jsonl", created: 2, rejected: 2, records: 4 });
    expect(run.rejections).toContain("mixed.jsonl:3: title");
  });

  it("with --strict writes nothing when any record is rejected", async () => {
    const before = await t.db.paper.count();
    const file = write("strict.jsonl", mixed().replace("2601.00001", "2601.00009"));
    const error = await runIngest({ db: t.db, file, strict: true, search: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(/strict\.jsonl:2: json: .*nothing written/);
    expect(await t.db.paper.count()).toBe(before);
  });

  it("fails a file that is not the format at all, naming file, line and field", async () => {
    const error = await runIngest({ db: t.db, file: write("x.xml", "<feed>\n<entry>\n</feed>"), search: null }).catch(
      (e: unknown) => e,
    );
    expect((error as IngestError).message).toMatch(/x\.xml:\d+: xml: malformed XML/);
    const notJsonl = await runIngest({
      db: t.db,
      file: write("y.jsonl", "hello\n{}"),
      format: "arxiv-jsonl",
      search: null,
    }).catch((e: unknown) => e);
    expect(notJsonl).toMatchObject({ line: 1, field: "json" });
  });
});
