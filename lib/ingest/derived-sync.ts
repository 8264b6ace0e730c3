// The one sync of derived data, in dependency order: topics re-derived if the taxonomy changed →
// the text vocabulary when missing or outgrown (background only) → related papers of every changed
// paper → the search index. Called by the ingest (after its writes),
// the sync scheduler, `npm start` (in the background, after the app answers) and search:setup; each
// derived thing is computed once per change (relatedAt, indexedAt, the taxonomy fingerprint).
import "server-only";
import type { Db } from "@/lib/db/client";
import { writeDerivedProgress, type DerivedProgress } from "@/lib/db/derived-progress";
import { countPendingRelated } from "@/lib/db/similar-papers";
import { ensureTopicsCurrent } from "./reassign-topics";
import type { SearchTarget } from "@/lib/search/client";
import { applySearchSettings, syncSearchIndex } from "@/lib/search/indexing";
import { ensureFeaturesCurrent } from "@/lib/recs/features-store";
import { refreshPendingRelatedPapers, refreshRelatedPapers } from "@/lib/related/related-papers";

export type DerivedSyncOptions = {
  /** null: Meilisearch is unavailable; the index catches up at the next sync. */
  search: SearchTarget | null;
  /**
   * At most this many pending related papers are computed here (an ingest keeps its answer quick);
   * past it only `ownIds` are, and the rest is left to the app's background sync. Default: all.
   */
  maxRelated?: number;
  /** The papers the caller just changed: computed even when the backlog is left for the background. */
  ownIds?: string[];
  /**
   * Refit the text features (vocabulary and paper vectors behind "paste an abstract" and For you) when
   * missing or outgrown: minutes at 300k papers and a few hundred MB, so only the app's background
   * sync asks for it, never an ingest with its small heap. Default: false.
   */
  features?: boolean;
};
export type DerivedSyncResult = {
  topicsChanged: number;
  /** Papers whose related papers were computed, and how many are left for the background. */
  related: number;
  relatedLeft: number;
  indexed: number | { deferred: string };
};

export async function syncDerivedData(db: Db, options: DerivedSyncOptions): Promise<DerivedSyncResult> {
  const startedAt = new Date().toISOString();
  let last: DerivedProgress | null = null;
  const record = async (stage: DerivedProgress["stage"], done = 0, total = 0, error?: string) => {
    last = {
      stage,
      done,
      total,
      startedAt,
      updatedAt: new Date().toISOString(),
      ...(error ? { error: error.slice(0, 500) } : {}),
    };
    await writeDerivedProgress(db, last);
  };
  try {
    await record("topics");
    const reassigned = await ensureTopicsCurrent(db);
    if (options.features) {
      await record("features");
      await ensureFeaturesCurrent(db, (p) => record("features", p.done, p.total));
    }
    const pending = await countPendingRelated(db);
    const all = pending <= (options.maxRelated ?? Infinity);
    const own = options.ownIds ?? [];
    await record("related", 0, all ? pending : own.length);
    const onProgress = (p: { done: number; total: number }) => record("related", p.done, p.total);
    const related = all
      ? await refreshPendingRelatedPapers(db, onProgress)
      : await refreshRelatedPapers(db, own, onProgress);
    let indexed: DerivedSyncResult["indexed"] = { deferred: "no search server" };
    if (options.search) {
      await record("search");
      try {
        await applySearchSettings(options.search);
        indexed = await syncSearchIndex(db, options.search);
      } catch (error) {
        indexed = { deferred: error instanceof Error ? error.message : String(error) };
      }
    }
    const relatedLeft = all ? 0 : await countPendingRelated(db);
    await record("done", related, related + relatedLeft);
    return { topicsChanged: reassigned?.changed ?? 0, related, relatedLeft, indexed };
  } catch (error) {
    const { done, total } = last ?? { done: 0, total: 0 };
    await record("failed", done, total, error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  }
}
