// The sync's state per source (schedule, last outcome, resume cursor) and the upstream work already
// done, kept in the database so every process on it agrees on what is due.
import "server-only";
import type { Db } from "./client";

export type SyncSourceRow = {
  name: string;
  lastRunAt: Date | null;
  runningSince: Date | null;
  lastSuccessAt: Date | null;
  nextRunAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  failures: number;
  papersAdded: number;
  totalAdded: number;
};

const select = {
  name: true,
  lastRunAt: true,
  runningSince: true,
  lastSuccessAt: true,
  nextRunAt: true,
  lastError: true,
  lastErrorAt: true,
  failures: true,
  papersAdded: true,
  totalAdded: true,
} as const;

export async function listSyncSources(db: Db): Promise<SyncSourceRow[]> {
  return db.syncSource.findMany({ select, orderBy: { name: "asc" } });
}

export async function markSyncStarted(db: Db, name: string, now: Date): Promise<void> {
  await db.syncSource.upsert({
    where: { name },
    create: { name, lastRunAt: now, runningSince: now },
    update: { lastRunAt: now, runningSince: now },
  });
}

export async function markSyncSucceeded(
  db: Db,
  name: string,
  outcome: { now: Date; nextRunAt: Date; papersAdded: number },
): Promise<void> {
  const data = {
    runningSince: null,
    lastSuccessAt: outcome.now,
    nextRunAt: outcome.nextRunAt,
    failures: 0,
    papersAdded: outcome.papersAdded,
  };
  await db.syncSource.upsert({
    where: { name },
    create: { name, ...data, totalAdded: outcome.papersAdded },
    update: { ...data, totalAdded: { increment: outcome.papersAdded } },
  });
}

/** Keeps the last success and its counts: the status page shows both the failure and what still works. */
export async function markSyncFailed(
  db: Db,
  name: string,
  outcome: { now: Date; nextRunAt: Date; error: string; papersAdded: number },
): Promise<void> {
  const data = {
    runningSince: null,
    nextRunAt: outcome.nextRunAt,
    lastError: outcome.error.slice(0, 2_000),
    lastErrorAt: outcome.now,
  };
  await db.syncSource.upsert({
    where: { name },
    create: { name, ...data, failures: 1, totalAdded: outcome.papersAdded },
    update: { ...data, failures: { increment: 1 }, totalAdded: { increment: outcome.papersAdded } },
  });
}

export async function getSyncCursor(db: Db, name: string): Promise<string> {
  const row = await db.syncSource.findUnique({ where: { name }, select: { cursor: true } });
  return row?.cursor ?? "{}";
}

export async function saveSyncCursor(db: Db, name: string, cursor: string): Promise<void> {
  await db.syncSource.upsert({ where: { name }, create: { name, cursor }, update: { cursor } });
}

/** Which of these keys (e.g. days) the source has fetched before. */
export async function listSyncFetches(db: Db, source: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.syncFetch.findMany({ where: { source, key: { in: keys } }, select: { key: true } });
  return new Set(rows.map((r) => r.key));
}

export async function recordSyncFetch(db: Db, source: string, key: string, papers: number, now: Date): Promise<void> {
  await db.syncFetch.upsert({
    where: { source_key: { source, key } },
    create: { source, key, papers, fetchedAt: now },
    update: { papers, fetchedAt: now },
  });
}
