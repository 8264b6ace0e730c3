// Keeps the Meilisearch index in step with the database (the source of truth) — idempotently.
import "server-only";
import type { Index } from "meilisearch";
import type { Db } from "@/lib/db/client";
import { getSearchIndex, searchTargetFromEnv, type SearchTarget } from "./client";
import { toSearchDocument, type SearchDocument } from "./documents";
import { refreshPendingSimilarPapers } from "./similar-papers";
import { SEARCH_SETTINGS } from "./settings";

const BATCH = 1_000;
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
 * First recomputes those papers' similar papers (SQLite only), so a search outage does not block it.
 */
export async function syncSearchIndex(db: Db, target: SearchTarget = searchTargetFromEnv()): Promise<number> {
  const index = writeIndex(target);
  await refreshPendingSimilarPapers(db);
  let sent = 0;
  const seen = new Set<string>();
  for (;;) {
    const batchStart = new Date();
    const rows = await db.paper.findMany({
      where: pendingWhere(db),
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        slug: true,
        title: true,
        abstract: true,
        digestDate: true,
        rank: true,
        topics: { select: { topic: { select: { slug: true, name: true } } } },
        links: { select: { kind: true } },
      },
    });
    // Guard against a clock skew that would keep a paper pending forever.
    if (rows.every((r) => seen.has(r.id))) return sent;
    rows.forEach((r) => seen.add(r.id));
    const docs = rows.map((r) => toSearchDocument({ ...r, topics: r.topics.map((t) => t.topic) }));
    const task = await index.addDocuments(docs, { primaryKey: "id" }).waitTask({ timeout: 300_000 });
    if (task.status !== "succeeded") throw new Error(`Indexing failed: ${JSON.stringify(task.error)}`);
    await db.paper.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { indexedAt: batchStart } });
    sent += rows.length;
  }
}

function pendingWhere(db: Db) {
  return { OR: [{ indexedAt: null }, { indexedAt: { lt: db.paper.fields.updatedAt } }] };
}

/** Rebuilds the index from the database: clears it, then sends every paper again. */
export async function reindexAll(db: Db, target: SearchTarget = searchTargetFromEnv()): Promise<number> {
  await applySearchSettings(target);
  const cleared = await writeIndex(target).deleteAllDocuments().waitTask({ timeout: 120_000 });
  if (cleared.status !== "succeeded") throw new Error(`Clearing the index failed: ${JSON.stringify(cleared.error)}`);
  await db.paper.updateMany({ data: { indexedAt: null } });
  return syncSearchIndex(db, target);
}
