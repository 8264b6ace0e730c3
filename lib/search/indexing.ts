// Keeps the Meilisearch index in step with the database (the source of truth) — idempotently.
import "server-only";
import type { Index } from "meilisearch";
import type { Db } from "@/lib/db/client";
import { listPendingIndexIds, markAllUnindexed } from "@/lib/db/search-rows";
import { getSearchIndex, searchTargetFromEnv, type SearchTarget } from "./client";
import type { SearchDocument } from "./documents";
import { createIndexFeed } from "./index-feed";
import { SEARCH_SETTINGS } from "./settings";

const PAGE = 5_000;
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
 * Called by the derived-data sync (lib/ingest/derived-sync.ts), so papers stored while Meilisearch
 * was down are not lost. Through the index feed: waiting on each small task made a 300k rebuild crawl.
 */
export async function syncSearchIndex(db: Db, target: SearchTarget = searchTargetFromEnv()): Promise<number> {
  const feed = createIndexFeed(db, target);
  // Paging by id, so a paper that stays pending (clock skew) cannot loop forever.
  for (let after = ""; ;) {
    const ids = await listPendingIndexIds(db, { after, take: PAGE });
    if (ids.length === 0) break;
    await feed.send(ids);
    after = ids.at(-1) ?? after;
  }
  const sent = await feed.drain();
  const failure = feed.deferred();
  if (failure !== null) throw new Error(`Indexing failed: ${failure}`);
  return sent;
}

/** Empties the index and marks every paper pending: the next index sync sends them all again. */
export async function clearSearchIndex(db: Db, target: SearchTarget = searchTargetFromEnv()): Promise<void> {
  await applySearchSettings(target);
  const cleared = await writeIndex(target).deleteAllDocuments().waitTask({ timeout: 120_000 });
  if (cleared.status !== "succeeded") throw new Error(`Clearing the index failed: ${JSON.stringify(cleared.error)}`);
  await markAllUnindexed(db);
}

/** Rebuilds the index from the database: clears it, then sends every paper again. */
export async function reindexAll(db: Db, target: SearchTarget = searchTargetFromEnv()): Promise<number> {
  await clearSearchIndex(db, target);
  return syncSearchIndex(db, target);
}
