// Computes and stores each paper's related papers: once per changed paper (relatedAt < updatedAt),
// not per request — by the derived-data sync (lib/ingest/derived-sync.ts) or an ingest's own papers.
import "server-only";
import { getHeapStatistics } from "node:v8";
import type { Db } from "@/lib/db/client";
import {
  listPendingRelatedIds,
  markRelatedComputed,
  readRelatedInputs,
  readRelatedInputsAfter,
  replaceSimilarPapers,
  type RelatedInput,
} from "@/lib/db/similar-papers";
import { countDocumentTerms, createNeighbourCollector, vectorOf } from "./similarity";

/**
 * Changed papers whose neighbours one pass over the collection finds: memory follows this, never the
 * collection's size, so a daily ingest into a 300k-paper database, or its pending papers, fit the
 * ingest's 192 MB heap (an in-memory model of 20k papers did not). About 50 per MB of heap: 10k for
 * the ingest, 100k for an uncapped process (a full recompute of N papers costs N / group passes).
 */
function groupSize(): number {
  const heapMb = getHeapStatistics().heap_size_limit / 2 ** 20;
  return Math.max(5_000, Math.min(100_000, Math.floor(heapMb * 50)));
}
/** Papers per read (relation loads bind one parameter per id, and SQLite stops at 999). */
const READ_CHUNK = 500;

export type RelatedProgress = { done: number; total: number };

/**
 * Every paper, in id order, a chunk at a time. Between chunks it yields to the event loop: SQLite
 * answers synchronously, so a pass over 300k papers otherwise ran as one chain of microtasks, and the
 * process running it (npm start's background work) could not even handle Ctrl-C until it ended.
 */
async function* streamPapers(db: Db): AsyncGenerator<RelatedInput> {
  for (let after: string | null = null; ;) {
    const chunk = await readRelatedInputsAfter(db, after, READ_CHUNK);
    if (chunk.length === 0) return;
    yield* chunk;
    after = chunk.at(-1)!.id;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Document frequencies over the whole collection, streamed. */
async function countTerms(db: Db): Promise<{ df: Map<string, number>; n: number }> {
  const df = new Map<string, number>();
  let n = 0;
  for await (const doc of streamPapers(db)) {
    countDocumentTerms(df, doc);
    n += 1;
  }
  return { df, n };
}

/** Papers streamed between two progress reports inside a pass (a pass over 300k papers takes minutes). */
const REPORT_EVERY = 10_000;

/** One pass over the collection offering every paper to this group of changed papers; `onStreamed`: papers offered so far. */
async function neighboursOf(
  db: Db,
  group: string[],
  { df, n }: { df: Map<string, number>; n: number },
  onStreamed: (streamed: number) => Promise<unknown> | void,
) {
  const queries = [];
  for (let i = 0; i < group.length; i += READ_CHUNK) {
    for (const doc of await readRelatedInputs(db, group.slice(i, i + READ_CHUNK)))
      queries.push({ id: doc.id, vector: vectorOf(doc, df, n), topics: doc.topics });
  }
  const collector = createNeighbourCollector(queries);
  let streamed = 0;
  for await (const doc of streamPapers(db)) {
    collector.add({ id: doc.id, vector: vectorOf(doc, df, n), topics: doc.topics });
    streamed += 1;
    if (streamed % REPORT_EVERY === 0) await onStreamed(streamed);
  }
  const found = collector.results();
  return new Map(group.map((id) => [id, found.get(id) ?? []]));
}

/**
 * Recomputes the neighbours of the given papers against the whole collection (IDF needs every
 * paper) and marks them computed. Papers not listed keep their stored neighbours: a new paper can be
 * missing from an older paper's list until that paper is recomputed.
 */
export async function refreshRelatedPapers(
  db: Db,
  paperIds: string[],
  onProgress?: (p: RelatedProgress) => Promise<unknown> | void,
): Promise<number> {
  if (paperIds.length === 0) return 0;
  const at = new Date();
  const terms = await countTerms(db);
  const group = groupSize();
  for (let i = 0; i < paperIds.length; i += group) {
    const ids = paperIds.slice(i, i + group);
    // Within a group's pass, its papers count as done in proportion to the collection streamed so far.
    const partial = (streamed: number) =>
      onProgress?.({ done: i + Math.floor((ids.length * streamed) / Math.max(terms.n, 1)), total: paperIds.length });
    await replaceSimilarPapers(db, await neighboursOf(db, ids, terms, partial));
    await markRelatedComputed(db, ids, at);
    await onProgress?.({ done: Math.min(paperIds.length, i + group), total: paperIds.length });
  }
  return paperIds.length;
}

/** Neighbours for every paper whose related papers are pending — SQLite only, works while Meilisearch is down. */
export async function refreshPendingRelatedPapers(
  db: Db,
  onProgress?: (p: RelatedProgress) => Promise<unknown> | void,
): Promise<number> {
  const pending = await listPendingRelatedIds(db);
  await onProgress?.({ done: 0, total: pending.length });
  return refreshRelatedPapers(db, pending, onProgress);
}
