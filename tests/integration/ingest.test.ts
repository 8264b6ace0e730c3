// Ingesting the bundled seed into a real SQLite file: counts, links, idempotency, atomic failure.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IngestError } from "@/lib/ingest/errors";
import { runIngest } from "@/lib/ingest/run-ingest";
import { createTestDb, type TestDb } from "../setup/db";

const SEED = path.join(process.cwd(), "prisma", "seed-digest.txt");
const today = new Date("2026-11-27T12:00:00Z");
let t: TestDb;
let tmp: string;

beforeAll(async () => {
  t = await createTestDb();
  tmp = mkdtempSync(path.join(os.tmpdir(), "paperboard-ingest-"));
});
afterAll(async () => {
  await t.dispose();
  rmSync(tmp, { recursive: true, force: true });
});

async function snapshot() {
  const { db } = t;
  return {
    papers: await db.paper.findMany({ orderBy: { id: "asc" } }),
    links: await db.link.findMany({ orderBy: { id: "asc" } }),
    topics: await db.paperTopic.findMany({ orderBy: [{ paperId: "asc" }, { topicId: "asc" }] }),
    digests: await db.digest.findMany(),
    entries: await db.digestEntry.findMany({ orderBy: { rank: "asc" } }),
  };
}

describe("ingesting the seed digest", () => {
  it("stores 98 papers in digest order, the digest, its 28 distinct links and topics", async () => {
    const summary = await runIngest({ db: t.db, file: SEED, today, search: null });
    expect(summary).toMatchObject({ date: "2026-03-13", papers: 98, created: 98, updated: 0, unchanged: 0 });
    const s = await snapshot();
    expect(s.papers).toHaveLength(98);
    expect(s.digests).toMatchObject([{ date: "2026-03-13", source: "digest-text", paperCount: 98 }]);
    expect(s.entries.map((e) => e.rank)).toEqual(Array.from({ length: 98 }, (_, i) => i + 1));
    expect(new Set(s.links.map((l) => l.url)).size).toBe(28);
    expect(s.links).toContainEqual(
      expect.objectContaining({ url: "https://github.com/YushenZuo/OSDiffST", kind: "code" }),
    );
    expect(new Set(s.topics.map((pt) => pt.paperId)).size).toBe(98);
    const first = await t.db.paper.findFirstOrThrow({ where: { rank: 1 } });
    expect(first.title).toBe("Theme Transformer: Symbolic Music Generation with Theme-Conditioned Transformer");
  });

  it("changes nothing when the same digest is ingested again", async () => {
    const before = await snapshot();
    const summary = await runIngest({ db: t.db, file: SEED, today, search: null });
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 98 });
    expect(await snapshot()).toEqual(before);
  });

  it("records every run, failed ones with their error", async () => {
    const bad = path.join(tmp, "no-date.txt");
    writeFileSync(bad, "A title\n\nAn abstract that is long enough to be an abstract paragraph, surely.\n");
    await expect(runIngest({ db: t.db, file: bad, today, search: null })).rejects.toThrow(IngestError);
    const runs = await t.db.ingestRun.findMany({ orderBy: { id: "asc" } });
    expect(runs.map((r) => r.status)).toEqual(["succeeded", "succeeded", "failed"]);
    expect(runs[0]).toMatchObject({ created: 98, format: "digest-text" });
    expect(runs[2]?.error).toMatch(/no-date\.txt.*date/);
  });

  it("writes nothing from a malformed file, even when its first papers are fine", async () => {
    const before = await snapshot();
    const lines = [
      "Mar 20",
      "",
      "A fine new paper title",
      "",
      "A perfectly good abstract paragraph that is long enough to count as one.",
      "",
      "A title whose abstract is missing",
    ];
    const bad = path.join(tmp, "truncated.txt");
    writeFileSync(bad, lines.join("\n"));
    const error = await runIngest({ db: t.db, file: bad, today, search: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).line).toBe(7);
    expect((error as IngestError).message).toContain("truncated.txt:7");
    expect(await snapshot()).toEqual(before);
  });
});
