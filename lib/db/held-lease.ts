// Holding a database lease (the sync's, digest sending's) for the length of a run: a holder name that
// says which process holds it, a heartbeat that renews it, and the test that frees the lease of a
// process that no longer exists.
import { randomBytes } from "node:crypto";
import os from "node:os";
import type { Db } from "./client";
import { acquireSyncLease, type LeaseHolder, releaseSyncLease, renewSyncLease, SYNC_LEASE } from "./sync-lease";

export type HeldLease = { holder: string; lost: () => boolean; release: () => Promise<void> };

/** "host:pid:random": readable on /status, and enough to tell a dead holder on this host. */
export function newHolderName(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** True when the holder ran on this host under a pid that no longer exists (killed, even by SIGKILL). */
export function isGoneHolder(holder: string): boolean {
  const [host, pid] = holder.split(":");
  if (host !== os.hostname() || !pid || !/^\d{1,10}$/.test(pid) || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** The lease, renewed every third of its lifetime until released; null (and who has it) when taken. */
export async function holdLease(
  db: Db,
  ttlMs: number,
  now: () => Date = () => new Date(),
  name = SYNC_LEASE,
): Promise<HeldLease | { heldBy: LeaseHolder }> {
  const holder = newHolderName();
  const result = await acquireSyncLease(db, holder, { now: now(), ttlMs, isGone: isGoneHolder, name });
  if (!result.acquired) return { heldBy: result.current };
  let lost = false;
  const timer = setInterval(
    () => {
      renewSyncLease(db, holder, { now: now(), ttlMs, name }).then(
        (ok) => (lost ||= !ok),
        () => undefined, // a busy database: the next beat tries again, well before the lease lapses
      );
    },
    Math.max(500, Math.floor(ttlMs / 3)),
  );
  timer.unref();
  return {
    holder,
    lost: () => lost,
    release: async () => {
      clearInterval(timer);
      await releaseSyncLease(db, holder, name);
    },
  };
}
