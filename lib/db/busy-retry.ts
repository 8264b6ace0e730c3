// Waiting out SQLite's write lock without blocking the event loop: a busy statement is retried after an
// asynchronous, growing pause instead of inside SQLite's busy handler, which sleeps the whole thread.
import { isDriverAdapterError } from "@prisma/driver-adapter-utils";

/**
 * How long SQLite's own busy handler may wait: it sleeps the thread, holding the event loop. None: with
 * 8 writers waiting on another process's 1 s lock, even 5 ms per attempt added up to most of that second
 * held, where async retries alone held it a few tens of ms (scripts/soak/sqlite-waits.ts, docs/soak.md).
 */
export const SYNC_BUSY_WAIT_MS = 0;
/** How long a statement or a transaction start keeps retrying before the busy error is passed on. */
export const BUSY_DEADLINE_MS = 30_000;
const FIRST_PAUSE_MS = 2;
const MAX_PAUSE_MS = 50;

/** SQLITE_BUSY in any of its extended forms, as better-sqlite3 or the driver adapter report it. */
export function isBusyError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = isDriverAdapterError(error) ? error.cause.originalCode : (error as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/** The pause before retry `attempt` (0-based): doubling from 2 ms, capped at 50 ms so a freed lock is
 *  taken soon after; jittered so two waiting processes do not retry in lockstep. */
export function busyPauseMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS * 2 ** Math.min(attempt, 10));
  return ceiling / 2 + (ceiling / 2) * random();
}

/** Runs `attempt` until it does not fail busy, pausing asynchronously in between; after `deadlineMs`
 *  the last busy error is thrown. Only for work that a busy error left undone (a statement outside a
 *  transaction, a BEGIN): a busy statement inside a transaction needs the whole transaction redone. */
export async function retryWhileBusy<T>(attempt: () => Promise<T>, deadlineMs = BUSY_DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (let n = 0; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusyError(error) || Date.now() >= deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, busyPauseMs(n)));
  }
}
