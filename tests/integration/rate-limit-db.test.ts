// The database rate-limit store (several instances, MULTI_INSTANCE=1) on a real SQLite file: the same
// decisions as the pure token bucket, one bucket shared by every client of the database, and no token
// spent twice when instances take at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { pruneIdleBuckets } from "@/lib/db/rate-limits";
import { createDbStore } from "@/lib/rate-limit/db-store";
import { takeToken, type Bucket, type RateLimitDecision } from "@/lib/rate-limit/token-bucket";
import { createTestDb, type TestDb } from "../setup/db";

let t: TestDb;
let second: Db;

beforeAll(async () => {
  t = await createTestDb();
  // A second connection to the same file: what another app instance would hold.
  second = createPrismaClient(t.file);
});
afterAll(async () => {
  await second?.$disconnect();
  await t?.dispose();
});

describe("the database rate-limit store", () => {
  it("decides exactly as the pure token bucket does, take after take", async () => {
    const store = createDbStore(t.db);
    const policy = { perMinute: 30, burst: 4 };
    let bucket: Bucket | undefined;
    let now = 1_000_000;
    // Bursts, waits shorter and longer than a token's 2 s, and a clock that steps back a little.
    for (const step of [0, 0, 0, 0, 0, 500, 1_500, 0, 2_000, 10_000, 0, 0, 0, 0, 0, -300, 60_000, 0]) {
      now += step;
      const expected: RateLimitDecision = takeToken(bucket, policy, Math.max(now, bucket?.at ?? now)).decision;
      bucket = takeToken(bucket, policy, Math.max(now, bucket?.at ?? now)).bucket;
      expect(await store.take("same-as-memory", policy, now), `at +${now - 1_000_000} ms`).toEqual(expected);
    }
  });

  it("counts one client's requests against one bucket whichever instance serves them", async () => {
    const a = createDbStore(t.db);
    const b = createDbStore(second);
    const policy = { perMinute: 1, burst: 3 };
    const now = 5_000_000;
    expect((await a.take("shared", policy, now)).allowed).toBe(true);
    expect((await b.take("shared", policy, now)).allowed).toBe(true);
    expect((await a.take("shared", policy, now)).allowed).toBe(true);
    expect(await b.take("shared", policy, now)).toMatchObject({ allowed: false, retryAfterSeconds: 60, remaining: 0 });
    expect(await a.take("shared", policy, now)).toMatchObject({ allowed: false, retryAfterSeconds: 60, remaining: 0 });
    // Another key is another bucket.
    expect((await b.take("other", policy, now)).allowed).toBe(true);
  });

  it("never spends a token twice when instances take at the same moment", async () => {
    const stores = [createDbStore(t.db), createDbStore(second)];
    const policy = { perMinute: 1, burst: 5 };
    const decisions = await Promise.all(
      Array.from({ length: 24 }, (_, i) => stores[i % 2]!.take("race", policy, 9_000_000)),
    );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
  });

  it("prunes buckets idle for a day, and only those", async () => {
    const store = createDbStore(t.db);
    const policy = { perMinute: 1, burst: 2 };
    await store.take("idle", policy, 0);
    await store.take("recent", policy, 86_400_000);
    expect(await pruneIdleBuckets(t.db, 86_400_000 + 1)).toBeGreaterThanOrEqual(1);
    const left = (await t.db.rateLimitBucket.findMany({ select: { key: true } })).map((r) => r.key);
    expect(left).toContain("recent");
    expect(left).not.toContain("idle");
  });
});
