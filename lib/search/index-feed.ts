// Indexes papers while the ingest is still writing: committed papers are enqueued in Meilisearch
// without waiting, so the engine indexes while the database takes the next batches.
// Meilisearch merges queued document tasks into one indexing batch, and each batch costs more as the
// index grows: letting the queue run ahead (rather than waiting on each task) is what keeps a 300k
// ingest close to the raw indexing time. The queue lives on Meilisearch's disk, not in our memory.
import "server-only";
import type { Db } from "@/lib/db/client";
import { getSearchClient, getSearchIndex, type SearchTarget } from "./client";
import { markIndexed } from "@/lib/db/search-rows";
import { loadSearchDocuments } from "./load-documents";

// Papers per addDocuments call, read from the database in chunks (relation loads bind one
// parameter per id and SQLite stops at 999).
export const SEND_EVERY = 2_000;
const READ_CHUNK = 500;
const TIMEOUT_MS = 30_000;

export type IndexFeed = {
  /** Queues the current state of these papers. After a failure, does nothing (see `deferred`). */
  send: (ids: string[]) => Promise<void>;
  /** Sends what is buffered, waits for every task and marks its papers indexed; returns the count. */
  drain: () => Promise<number>;
  /** Why indexing stopped, or null while it works: the papers stay pending for the next sync. */
  deferred: () => string | null;
};

type Sent = { taskUid: number; ids: string[]; at: Date };

export function createIndexFeed(db: Db, target: SearchTarget): IndexFeed {
  const index = getSearchIndex(target, TIMEOUT_MS);
  const tasks = getSearchClient(target, TIMEOUT_MS).tasks;
  const inFlight: Sent[] = [];
  let buffer: string[] = [];
  let indexed = 0;
  let failure: string | null = null;

  /** Records a finished task's papers as indexed; with `wait`, polls until it finishes. */
  async function settle(entry: Sent, wait: boolean): Promise<boolean> {
    // Our own backoff: the client's waitForTask adds an abort listener per poll, and a 300k
    // drain polls thousands of times (MaxListenersExceededWarning).
    let task = await tasks.getTask(entry.taskUid);
    for (
      let delay = 50;
      wait && (task.status === "enqueued" || task.status === "processing");
      delay = Math.min(delay * 1.5, 1_000)
    ) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      task = await tasks.getTask(entry.taskUid);
    }
    if (task.status === "enqueued" || task.status === "processing") return false;
    if (task.status !== "succeeded")
      throw new Error(`indexing task ${entry.taskUid} ${task.status}: ${JSON.stringify(task.error)}`);
    await markIndexed(db, entry.ids, entry.at);
    indexed += entry.ids.length;
    return true;
  }

  async function flush(): Promise<void> {
    const ids = buffer;
    buffer = [];
    if (ids.length === 0) return;
    // Taken before reading: a paper changed after this stays pending (indexedAt < updatedAt).
    const at = new Date();
    const docs = [];
    for (let i = 0; i < ids.length; i += READ_CHUNK)
      docs.push(...(await loadSearchDocuments(db, { ids: ids.slice(i, i + READ_CHUNK) })));
    const enqueued = await index.addDocuments(docs, { primaryKey: "id" });
    inFlight.push({ taskUid: enqueued.taskUid, ids, at });
    // Record what is already done, without waiting, so a killed run re-sends little.
    while (inFlight[0] && (await settle(inFlight[0], false))) inFlight.shift();
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
        buffer.push(...ids);
        if (buffer.length >= SEND_EVERY) await flush();
      }),
    drain: async () => {
      await guarded(async () => {
        await flush();
        for (const entry of inFlight) await settle(entry, true);
        inFlight.length = 0;
      });
      return indexed;
    },
    deferred: () => failure,
  };
}
