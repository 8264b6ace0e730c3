// For the ingest benchmark: how long Meilisearch alone takes to index the documents the ingest
// produced. The documents are first exported from the database to an NDJSON file (not timed); the
// timed part is what a raw client does: stream the file to the engine in batches and wait for every
// task. Same settings, same batch size as the ingest's index feed.
import "server-only";
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Db } from "@/lib/db/client";
import { getSearchClient, getSearchIndex, type SearchTarget } from "@/lib/search/client";
import { SEND_EVERY } from "@/lib/search/index-feed";
import { applySearchSettings } from "@/lib/search/indexing";
import { loadSearchDocuments } from "@/lib/search/load-documents";

const READ_CHUNK = 500;

/** Writes every paper's search document to `file`, one JSON per line; returns the count. */
async function exportDocuments(db: Db, file: string): Promise<number> {
  const out = createWriteStream(file);
  let count = 0;
  for (let after: string | null = null; ;) {
    const docs = await loadSearchDocuments(db, { after, take: READ_CHUNK });
    if (docs.length === 0) break;
    if (!out.write(docs.map((d) => JSON.stringify(d)).join("\n") + "\n")) await once(out, "drain");
    count += docs.length;
    after = docs.at(-1)?.id ?? null;
  }
  out.end();
  await once(out, "finish");
  return count;
}

export async function timeRawIndexing(
  db: Db,
  target: SearchTarget,
  scratchFile: string,
): Promise<{ documents: number; seconds: number }> {
  await applySearchSettings(target);
  const documents = await exportDocuments(db, scratchFile);
  const index = getSearchIndex(target, 60_000);
  const taskUids: number[] = [];
  const t0 = performance.now();
  let batch: string[] = [];
  const send = async () => {
    taskUids.push(
      (await index.addDocumentsFromString(batch.join("\n"), "application/x-ndjson", { primaryKey: "id" })).taskUid,
    );
    batch = [];
  };
  for await (const line of createInterface({ input: createReadStream(scratchFile), crlfDelay: Infinity })) {
    batch.push(line);
    if (batch.length === SEND_EVERY) await send();
  }
  if (batch.length > 0) await send();
  const tasks = await getSearchClient(target, 60_000).tasks.waitForTasks(taskUids, {
    timeout: 24 * 3600_000,
    interval: 200,
  });
  const failed = tasks.find((t) => t.status !== "succeeded");
  if (failed) throw new Error(`raw indexing failed: ${JSON.stringify(failed.error)}`);
  return { documents, seconds: (performance.now() - t0) / 1000 };
}
