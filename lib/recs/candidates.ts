// The period's papers and their vector bytes, held in memory between ingests: a For you page then
// ranks straight from memory instead of reading tens of thousands of blobs per request (11 MB for
// a month of arXiv; docs/recommendations.md measures both ways).
import "server-only";
import type { Db } from "@/lib/db/client";
import { getDataChangedAt } from "@/lib/db/feed-papers";
import { listRecentPaperIds } from "@/lib/db/paper-vectors";
import { getVectorBytes, type Features } from "./features-store";

/** Papers of a period considered at most (a month of arXiv is ~30k): bounds memory and a page's work. */
export const MAX_CANDIDATES = 40_000;
/** Periods kept (today, this week, this month; a few recent "latest days" across an ingest). */
const MAX_ENTRIES = 4;

export type Candidate = { key: string; bytes: Uint8Array };

const store = globalThis as unknown as { paperboardRecsCandidates?: Map<string, Promise<Candidate[]>> };

async function load(db: Db, features: Features, from: string, to: string): Promise<Candidate[]> {
  const ids = await listRecentPaperIds(db, from, to, MAX_CANDIDATES);
  const bytes = await getVectorBytes(db, ids, features);
  return ids.flatMap((key) => {
    const b = bytes.get(key);
    return b ? [{ key, bytes: b }] : [];
  });
}

/** The papers shown under days [from, to] with their vectors, newest first; reloaded after an ingest. */
export async function getCandidates(db: Db, features: Features, from: string, to: string): Promise<Candidate[]> {
  const changed = (await getDataChangedAt(db))?.toISOString() ?? "";
  const key = `${features.version}|${from}|${to}|${changed}`;
  store.paperboardRecsCandidates ??= new Map();
  const cache = store.paperboardRecsCandidates;
  let entry = cache.get(key);
  if (!entry) {
    entry = load(db, features, from, to);
    entry.catch(() => cache.delete(key));
    cache.set(key, entry);
    while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  return entry;
}
