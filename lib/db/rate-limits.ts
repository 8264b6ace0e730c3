// Rate-limit token buckets in the database, for several app instances sharing one (MULTI_INSTANCE=1).
// A take is ONE statement — an upsert that refills, takes and reports — so concurrent takes from any
// number of processes serialize on the row and never both spend the last token. Portable SQL: the
// same text runs on SQLite (3.35+) and PostgreSQL (INSERT … ON CONFLICT … DO UPDATE … RETURNING).
// The arithmetic is lib/rate-limit/token-bucket.ts's, written in SQL; a unit test holds them equal.
import "server-only";
import { Prisma } from "./generated/client";
import type { Db } from "./client";

export type BucketPolicy = { perMinute: number; burst: number };
export type BucketTake = { allowed: boolean; tokens: number };

/** A bucket idle this long is full again under every policy we have (the slowest refills in an hour). */
const IDLE_MS = 24 * 3_600_000;

const num = (n: number) => Prisma.sql`CAST(${n} AS DOUBLE PRECISION)`;

/** Takes one token of the bucket `key` at `now` (ms): a new bucket starts full, minus this token. */
export async function takeBucketToken(db: Db, key: string, policy: BucketPolicy, now: number): Promise<BucketTake> {
  const row = Prisma.sql`"RateLimitBucket"`;
  // Tokens after the refill since the row's last take: never beyond the burst, never back in time
  // (another instance's clock may be a little ahead).
  const elapsed = Prisma.sql`CASE WHEN excluded."at" > ${row}."at" THEN excluded."at" - ${row}."at" ELSE 0 END`;
  const grown = Prisma.sql`${row}."tokens" + ${elapsed} * ${num(policy.perMinute / 60_000)}`;
  const refilled = Prisma.sql`CASE WHEN ${grown} > ${num(policy.burst)} THEN ${num(policy.burst)} ELSE ${grown} END`;
  const rows = await db.$queryRaw<{ tokens: number; allowed: boolean | number | bigint }[]>`
    INSERT INTO "RateLimitBucket" ("key", "tokens", "at", "allowed")
    VALUES (${key}, ${num(policy.burst - 1)}, ${num(now)}, TRUE)
    ON CONFLICT ("key") DO UPDATE SET
      "tokens" = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
      "at" = CASE WHEN excluded."at" > ${row}."at" THEN excluded."at" ELSE ${row}."at" END,
      "allowed" = CASE WHEN ${refilled} >= 1 THEN TRUE ELSE FALSE END
    RETURNING "tokens", "allowed"`;
  const taken = rows[0];
  if (!taken) throw new Error(`rate-limit upsert returned no row for ${key}`);
  return { allowed: Number(taken.allowed) === 1, tokens: Number(taken.tokens) };
}

/** Forgets buckets idle for a day (they would be full): bounded storage whatever the number of clients. */
export async function pruneIdleBuckets(db: Db, now: number): Promise<number> {
  return (await db.rateLimitBucket.deleteMany({ where: { at: { lt: now - IDLE_MS } } })).count;
}
