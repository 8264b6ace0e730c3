// Warming For you at start (lib/recs/warm.ts) on real SQLite and the seed digest: it loads only
// features already stored — fitting them is the background sync's work, never a start's — and then
// holds what the first reader's request reads: the same candidates, without reading them again.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCurrentVocabularyVersion, getLatestPaperDay, listRecentPaperIds } from "@/lib/db/paper-vectors";
import { runIngest } from "@/lib/ingest/run-ingest";
import { getCandidates, MAX_CANDIDATES } from "@/lib/recs/candidates";
import { getFeatures, refitFeatures } from "@/lib/recs/features-store";
import { periodRange } from "@/lib/recs/period";
import { warmForYou } from "@/lib/recs/warm";
import { createTestDb, type TestDb } from "../setup/db";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await runIngest({
    db: t.db,
    file: path.join(process.cwd(), "prisma", "seed-digest.txt"),
    today: new Date("2026-11-27"),
    search: null,
  });
}, 120_000);
afterAll(async () => {
  await t.dispose();
});

describe("warming For you at start", () => {
  it("fits nothing when no features are stored", async () => {
    await expect(warmForYou(t.db)).resolves.toBeNull();
    await expect(getCurrentVocabularyVersion(t.db)).resolves.toBeNull();
  });

  it("loads the stored features, the background pool and every period's candidates", async () => {
    const fitted = await refitFeatures(t.db);
    const warmth = await warmForYou(t.db);
    expect(warmth?.version).toBe(fitted.version);
    expect(warmth?.pool).toBe(await t.db.paper.count());
    const latest = (await getLatestPaperDay(t.db))!;
    for (const period of ["day", "week", "month"] as const) {
      const { from, to } = periodRange(period, latest);
      const ids = await listRecentPaperIds(t.db, from, to, MAX_CANDIDATES);
      expect(warmth?.candidates[period], period).toBe(ids.length);
    }
    expect(warmth!.candidates.week).toBeGreaterThan(0);
    // The first request's read is the warmed one: the very same list, from memory.
    const features = (await getFeatures(t.db))!;
    const { from, to } = periodRange("week", latest);
    const first = await getCandidates(t.db, features, from, to);
    expect(await getCandidates(t.db, features, from, to)).toBe(first);
    expect(first.length).toBe(warmth!.candidates.week);
  });
});
