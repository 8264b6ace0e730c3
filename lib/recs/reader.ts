// A reader's trained model for a scope, cached per process and retrained only when what it learns
// from changed (a save, an unsave, a vote, an import, a "not interested").
import "server-only";
import type { Db } from "@/lib/db/client";
import { decodeVector } from "@/lib/learn/codec";
import { createReaderScorer, MIN_POSITIVES, trainReaderModel, type ReaderScorer } from "@/lib/learn/reader-model";
import type { SparseVector } from "@/lib/learn/sparse";
import { listVectorPaperIds } from "@/lib/db/paper-vectors";
import { listDismissedPaperIds, listPositivePaperIds, type SignalScope } from "@/lib/db/reader-signals";
import { getVectorBytes, type Features } from "./features-store";
import { sampleBackground, seedOf, trainingFingerprint } from "./sampling";

/** Random papers a model contrasts the saves with (the learning core's measurements use 1,000). */
export const BACKGROUND_SIZE = 1_000;
const MAX_CACHED = 200;

export type Reader =
  | { status: "cold"; positiveCount: number }
  | { status: "ready"; scorer: ReaderScorer; positives: { id: string; vector: SparseVector }[]; excluded: Set<string> };

type Cached = { fingerprint: string; scorer: ReaderScorer; positives: { id: string; vector: SparseVector }[] };
const store = globalThis as unknown as {
  paperboardReaderModels?: Map<string, Cached>;
  paperboardVectorPool?: { version: string; ids: Promise<string[]> };
};

function cache(): Map<string, Cached> {
  store.paperboardReaderModels ??= new Map();
  return store.paperboardReaderModels;
}

/** Every paper with a stored vector, read once per vocabulary version. */
function vectorPool(db: Db, version: string): Promise<string[]> {
  if (store.paperboardVectorPool?.version !== version)
    store.paperboardVectorPool = { version, ids: listVectorPaperIds(db, version) };
  return store.paperboardVectorPool.ids;
}

/** Reads the pool ahead of the first reader (lib/recs/warm.ts); resolves to its size. */
export async function warmVectorPool(db: Db, version: string): Promise<number> {
  return (await vectorPool(db, version)).length;
}

export function scopeKey(scope: SignalScope): string {
  return scope.kind === "all" ? "all" : scope.kind === "collection" ? `c:${scope.collectionId}` : `t:${scope.tag}`;
}

const decodeAll = (ids: readonly string[], bytes: Map<string, Uint8Array>) =>
  ids.flatMap((id) => {
    const b = bytes.get(id);
    return b ? [{ id, vector: decodeVector(b) }] : [];
  });

/** The reader's model for the scope, trained or reused; cold with fewer than MIN_POSITIVES saves. */
export async function getReader(db: Db, userId: string, scope: SignalScope, features: Features): Promise<Reader> {
  const [positiveIds, dismissedIds] = await Promise.all([
    listPositivePaperIds(db, userId, scope),
    listDismissedPaperIds(db, userId),
  ]);
  const excluded = new Set([...positiveIds, ...dismissedIds]);
  const key = `${userId}|${scopeKey(scope)}`;
  const fingerprint = trainingFingerprint({
    version: features.version,
    positives: positiveIds,
    dismissed: dismissedIds,
  });
  const hit = cache().get(key);
  // Unchanged saves and dismissals: the model and the decoded saves (for explanations) are reused.
  if (hit && hit.fingerprint === fingerprint)
    return { status: "ready", scorer: hit.scorer, positives: hit.positives, excluded };
  const ownBytes = await getVectorBytes(db, [...positiveIds, ...dismissedIds], features);
  const positives = decodeAll(positiveIds, ownBytes);
  if (positives.length < MIN_POSITIVES) return { status: "cold", positiveCount: positives.length };
  const backgroundIds = sampleBackground(
    await vectorPool(db, features.version),
    BACKGROUND_SIZE,
    seedOf(userId),
    excluded,
  );
  const background = decodeAll(backgroundIds, await getVectorBytes(db, backgroundIds, features)).map((p) => p.vector);
  const dismissed = decodeAll(dismissedIds, ownBytes).map((p) => p.vector);
  const model = trainReaderModel({ positives: positives.map((p) => p.vector), dismissed, background });
  const scorer = createReaderScorer(model, features.vocabulary);
  cache().delete(key);
  cache().set(key, { fingerprint, scorer, positives });
  if (cache().size > MAX_CACHED) cache().delete(cache().keys().next().value!);
  return { status: "ready", scorer, positives, excluded };
}
