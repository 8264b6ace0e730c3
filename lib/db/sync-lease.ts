// Database leases: one row per name (the sync, digest sending) names the process that may run it now,
// on whichever host. Taking, renewing and dropping one are single conditional statements, so two
// processes can never both hold it, on SQLite and on PostgreSQL alike.
import "server-only";
import type { Db } from "./client";

export type LeaseHolder = { holder: string; acquiredAt: Date; expiresAt: Date };
export type LeaseResult = { acquired: true } | { acquired: false; current: LeaseHolder };

/** The scheduled sync's lease (the default name). */
export const SYNC_LEASE = "sync";

/**
 * Takes the lease when it is free, expired, already ours, or held by a process `isGone` says is dead
 * (the same host, no such pid: a killed run need not wait for the expiry).
 */
export async function acquireSyncLease(
  db: Db,
  holder: string,
  options: { now: Date; ttlMs: number; isGone: (holder: string) => boolean; name?: string },
): Promise<LeaseResult> {
  const NAME = options.name ?? SYNC_LEASE;
  const data = { holder, acquiredAt: options.now, expiresAt: new Date(options.now.getTime() + options.ttlMs) };
  const taken = await db.syncLease.updateMany({
    where: { name: NAME, OR: [{ expiresAt: { lt: options.now } }, { holder }] },
    data,
  });
  if (taken.count === 1) return { acquired: true };
  const current = await db.syncLease.findUnique({
    where: { name: NAME },
    select: { holder: true, acquiredAt: true, expiresAt: true },
  });
  if (!current) {
    try {
      await db.syncLease.create({ data: { name: NAME, ...data } });
      return { acquired: true };
    } catch {
      // Another process created it between the two statements: it holds the lease.
      return { acquired: false, current: (await getSyncLease(db, NAME)) ?? { ...data, holder: "another process" } };
    }
  }
  if (options.isGone(current.holder)) {
    // Compare-and-swap on the dead holder: of two processes noticing it, one wins.
    const swapped = await db.syncLease.updateMany({ where: { name: NAME, holder: current.holder }, data });
    if (swapped.count === 1) return { acquired: true };
  }
  return { acquired: false, current };
}

/** False when the lease is no longer ours (it expired and another process took it). */
export async function renewSyncLease(
  db: Db,
  holder: string,
  options: { now: Date; ttlMs: number; name?: string },
): Promise<boolean> {
  const renewed = await db.syncLease.updateMany({
    where: { name: options.name ?? SYNC_LEASE, holder },
    data: { expiresAt: new Date(options.now.getTime() + options.ttlMs) },
  });
  return renewed.count === 1;
}

export async function releaseSyncLease(db: Db, holder: string, name = SYNC_LEASE): Promise<void> {
  await db.syncLease.deleteMany({ where: { name, holder } });
}

export async function getSyncLease(db: Db, name = SYNC_LEASE): Promise<LeaseHolder | null> {
  return db.syncLease.findUnique({ where: { name }, select: { holder: true, acquiredAt: true, expiresAt: true } });
}
