// Indexes papers while the ingest is still writing: each committed batch is enqueued in Meilisearch
// without waiting, so the engine indexes batch N while the database takes batch N+1 (issue 3).
import "server-only";
import type { Db } from "@/lib/db/client";
import { getSearchClient, getSearchIndex, type SearchTarget } from "./client";
import { loadSearchDocuments, markIndexed } from "./load-documents";

// Enqueued-but-unfinished tasks allowed before the ingest waits: bounds memory on both sides.
const MAX_IN_FLIGHT = 10;
const TIMEOUT_MS = 30_000;

export type IndexFeed = {
  /** Enqueues the current state of these papers. After a failure, does nothing (see `deferred`). */
  send: (ids: string[]) => Promise<void>;
  /** Waits for every enqueued task and marks its papers indexed; returns how many were indexed. */
  drain: () => Promise<number>;
  /** Why indexing stopped, or null while it works: the papers stay pending for the next sync. */
  deferred: () => string | null;
};

export function createIndexFeed(db: Db, target: SearchTarget): IndexFeed {
  const index = getSearchIndex(target, TIMEOUT_MS);
  const tasks = getSearchClient(target, TIMEOUT_MS).tasks;
  const inFlight: { taskUid: number; ids: string[]; at: Date }[] = [];
  let sent = 0;
  let failure: string | null = null;

  async function settleOldest(): Promise<void> {
    const entry = inFlight.shift();
    if (!entry) return;
    const task = await tasks.waitForTask(entry.taskUid, { timeout: 600_000, interval: 100 });
    if (task.status !== "succeeded") throw new Error(`indexing task ${entry.taskUid} ${task.status}: ${JSON.stringify(task.error)}`);
    await markIndexed(db, entry.ids, entry.at);
    sent += entry.ids.length;
  }

  async function guarded(step: () => Promise<void>): Promise<void> {
    if (failure !== null) return;
    try {
      await step();
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
      inFlight.length = 0;
    }
  }

  return {
    send: (ids) =>
      guarded(async () => {
        if (ids.length === 0) return;
        const at = new Date();
        const docs = await loadSearchDocuments(db, { id: { in: ids } });
        const enqueued = await index.addDocuments(docs, { primaryKey: "id" });
        inFlight.push({ taskUid: enqueued.taskUid, ids, at });
        while (inFlight.length > MAX_IN_FLIGHT) await settleOldest();
      }),
    drain: async () => {
      await guarded(async () => {
        while (inFlight.length > 0) await settleOldest();
      });
      return sent;
    },
    deferred: () => failure,
  };
}
