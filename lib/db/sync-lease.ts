// The sync lease: one row per database names the process that may sync now. Taking, renewing and
// dropping it are single conditional statements, so two processes can never both hold it.
import "server-only";
import type { Db } from "./client";

export type LeaseHolder = { holder: string; acquiredAt: Date; expiresAt: Date };
export type LeaseResult = { acquired: true } | { acquired: false; current: LeaseHolder };

const NAME = "sync";

/**
 * Takes the lease when it is free, expired, already ours, or held by a process `isGone` says is dead
 * (the same host, no such pid: a killed run need not wait for the expiry).
 */
export async function acquireSyncLease(
  db: Db,
  holder: string,
  options: { now: Date; ttlMs: number; isGone: (holder: string) => boolean },
): Promise<LeaseResult> {
  const data = { holder, acquiredAt: options.now, expiresAt: new Date(options.now.getTime() + options.ttlMs) };
  const taken = await db.syncLease.updateMany({ where: { name: NAME, OR: [{ expiresAt: { lt: options.now } }, { holder }] }, data });
  if (taken.count === 1) return { acquired: true };
  const current = await db.syncLease.findUnique({ where: { name: NAME }, select: { holder: true, acquiredAt: true, expiresAt: true } });
  if (!current) {
    try {
      await db.syncLease.create({ data: { name: NAME, ...data } });
      return { acquired: true };
    } catch {
      // Another process created it between the two statements: it holds the lease.
      return { acquired: false, current: (await getSyncLease(db)) ?? { ...data, holder: "another process" } };
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
export async function renewSyncLease(db: Db, holder: string, options: { now: Date; ttlMs: number }): Promise<boolean> {
  const renewed = await db.syncLease.updateMany({ where: { name: NAME, holder }, data: { expiresAt: new Date(options.now.getTime() + options.ttlMs) } });
  return renewed.count === 1;
}

export async function releaseSyncLease(db: Db, holder: string): Promise<void> {
  await db.syncLease.deleteMany({ where: { name: NAME, holder } });
}

export async function getSyncLease(db: Db): Promise<LeaseHolder | null> {
  return db.syncLease.findUnique({ where: { name: NAME }, select: { holder: true, acquiredAt: true, expiresAt: true } });
}
