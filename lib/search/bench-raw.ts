// For the ingest benchmark: how long Meilisearch alone takes to index the documents the ingest
// produced (read back from the database, sent in batches, all tasks awaited). Same settings.
import "server-only";
import type { Db } from "@/lib/db/client";
import { getSearchClient, getSearchIndex, type SearchTarget } from "./client";
import { applySearchSettings } from "./indexing";
import { loadSearchDocuments } from "./load-documents";

const BATCH = 500;

export async function timeRawIndexing(db: Db, target: SearchTarget): Promise<{ documents: number; seconds: number }> {
  await applySearchSettings(target);
  const index = getSearchIndex(target, 60_000);
  const taskUids: number[] = [];
  let documents = 0;
  let readSeconds = 0;
  const t0 = performance.now();
  for (let after: string | null = null; ; ) {
    const r0 = performance.now();
    const docs = await loadSearchDocuments(db, after === null ? {} : { id: { gt: after } }, BATCH);
    readSeconds += (performance.now() - r0) / 1000;
    if (docs.length === 0) break;
    taskUids.push((await index.addDocuments(docs, { primaryKey: "id" })).taskUid);
    documents += docs.length;
    after = docs.at(-1)?.id ?? null;
  }
  const tasks = await getSearchClient(target, 60_000).tasks.waitForTasks(taskUids, { timeout: 24 * 3600_000, interval: 200 });
  const failed = tasks.find((t) => t.status !== "succeeded");
  if (failed) throw new Error(`raw indexing failed: ${JSON.stringify(failed.error)}`);
  // Reading from SQLite is the ingest's cost, not the engine's: leave it out of the raw figure.
  return { documents, seconds: (performance.now() - t0) / 1000 - readSeconds };
}
