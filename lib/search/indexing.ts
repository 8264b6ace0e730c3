// Keeps the Meilisearch index in step with the database (the source of truth) — idempotently.
import "server-only";
import type { Index } from "meilisearch";
import type { Db } from "@/lib/db/client";
import { getSearchIndex, searchTargetFromEnv, type SearchTarget } from "./client";
import type { SearchDocument } from "./documents";
import { loadSearchDocuments, markIndexed } from "./load-documents";
import { SEARCH_SETTINGS } from "./settings";

// Prisma binds one parameter per id when loading relations, and SQLite stops at 999.
const BATCH = 500;
const WRITE_TIMEOUT_MS = 30_000;

function writeIndex(target: SearchTarget): Index<SearchDocument> {
  return getSearchIndex(target, WRITE_TIMEOUT_MS);
}

/** Creates the index when missing and applies SEARCH_SETTINGS (a no-op task when unchanged). */
export async function applySearchSettings(target: SearchTarget = searchTargetFromEnv()): Promise<void> {
  const index = writeIndex(target);
  try {
    await index.getRawInfo();
  } catch {
    await index.update({ primaryKey: "id" }).catch(() => undefined);
  }
  const task = await index.updateSettings(SEARCH_SETTINGS).waitTask({ timeout: 120_000 });
  if (task.status !== "succeeded") throw new Error(`Applying search settings failed: ${JSON.stringify(task.error)}`);
}

/**
 * Sends every paper written since it was last indexed (indexedAt null or older than updatedAt).
 * Called after each ingest and at start-up, so papers stored while Meilisearch was down are not lost.
 */
export async function syncSearchIndex(db: Db, target: SearchTarget = searchTargetFromEnv()): Promise<number> {
  const index = writeIndex(target);
  let sent = 0;
  const seen = new Set<string>();
  for (;;) {
    const batchStart = new Date();
    const docs = await loadSearchDocuments(db, { OR: [{ indexedAt: null }, { indexedAt: { lt: db.paper.fields.updatedAt } }] }, BATCH);
    // Guard against a clock skew that would keep a paper pending forever.
    if (docs.every((d) => seen.has(d.id))) return sent;
    docs.forEach((d) => seen.add(d.id));
    const task = await index.addDocuments(docs, { primaryKey: "id" }).waitTask({ timeout: 300_000 });
    if (task.status !== "succeeded") throw new Error(`Indexing failed: ${JSON.stringify(task.error)}`);
    await markIndexed(db, docs.map((d) => d.id), batchStart);
    sent += docs.length;
  }
}

/** Rebuilds the index from the database: clears it, then sends every paper again. */
export async function reindexAll(db: Db, target: SearchTarget = searchTargetFromEnv()): Promise<number> {
  await applySearchSettings(target);
  const cleared = await writeIndex(target).deleteAllDocuments().waitTask({ timeout: 120_000 });
  if (cleared.status !== "succeeded") throw new Error(`Clearing the index failed: ${JSON.stringify(cleared.error)}`);
  await db.paper.updateMany({ data: { indexedAt: null } });
  return syncSearchIndex(db, target);
}
