// One digest:send at a time across every host sharing the database: a database lease (lib/db/held-lease),
// renewed while the run lasts and taken over when its holder is gone (dead pid here, or lapsed elsewhere).
// A lock file would only keep apart runs on one host, and two hosts would mail people twice.
import type { Db } from "@/lib/db/client";
import { holdLease } from "@/lib/db/held-lease";

export const DIGEST_SEND_LEASE = "digest-send";
/** A run that stops renewing (a host gone mid-run) frees the lease after this long. */
const LEASE_MS = 120_000;

/** Returns a release function, or throws if another live run holds the lease. */
export async function acquireRunLock(db: Db): Promise<() => Promise<void>> {
  const lease = await holdLease(db, LEASE_MS, () => new Date(), DIGEST_SEND_LEASE);
  if ("heldBy" in lease)
    throw new Error(`another digest:send (${lease.heldBy.holder}) is running; try again after it ends`);
  return lease.release;
}
