// The derived-data sync on a real SQLite file: papers an import left pending get their related papers
// (recorded for /status), only once per change, and an ingest leaves a backlog to the background.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDerivedProgress } from "@/lib/db/derived-progress";
import { countPendingRelated, markAllRelatedPending } from "@/lib/db/similar-papers";
import { runIngest } from "@/lib/ingest/run-ingest";
import { syncDerivedData } from "@/lib/ingest/derived-sync";
import { createTestDb, type TestDb } from "../setup/db";

const SEED = path.join(process.cwd(), "prisma", "seed-digest.txt");
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await runIngest({ db: t.db, file: SEED, today: new Date("2026-11-27"), search: null });
});
afterAll(async () => {
  await t.dispose();
});

describe("syncDerivedData", () => {
  it("an ingest computes its own papers' related papers and records the run", async () => {
    expect(await countPendingRelated(t.db)).toBe(0);
    expect(await t.db.similarPaper.count()).toBeGreaterThan(98);
    expect(await readDerivedProgress(t.db)).toMatchObject({ stage: "done", done: 98, total: 98 });
  });

  it("computes every pending paper, then nothing until a paper changes", async () => {
    await markAllRelatedPending(t.db);
    await t.db.similarPaper.deleteMany();
    const first = await syncDerivedData(t.db, { search: null });
    expect(first).toMatchObject({ related: 98, relatedLeft: 0, indexed: { deferred: "no search server" } });
    const withRelated = await t.db.similarPaper.groupBy({ by: ["paperId"] });
    expect(withRelated.length).toBeGreaterThan(90);
    expect(await countPendingRelated(t.db)).toBe(0);
    expect((await syncDerivedData(t.db, { search: null })).related).toBe(0);
    const changed = await t.db.paper.findFirstOrThrow({ orderBy: { id: "asc" } });
    await t.db.paper.update({ where: { id: changed.id }, data: { updatedAt: new Date() } });
    expect((await syncDerivedData(t.db, { search: null })).related).toBe(1);
  });

  it("past maxRelated computes only the caller's papers and leaves the rest pending", async () => {
    await markAllRelatedPending(t.db);
    const own = (await t.db.paper.findMany({ take: 3, orderBy: { id: "asc" }, select: { id: true } })).map((p) => p.id);
    const r = await syncDerivedData(t.db, { search: null, maxRelated: 10, ownIds: own });
    expect(r).toMatchObject({ related: 3, relatedLeft: 95 });
    expect(await readDerivedProgress(t.db)).toMatchObject({ stage: "done", done: 3, total: 98 });
  });
});
