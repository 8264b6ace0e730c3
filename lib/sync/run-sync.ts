// One sync run, for the scheduler and `npm run sync` alike: take the lease, run each due source in
// order (Hugging Face, arXiv listings, enrichment), record each one's outcome and next run, then give
// the changed papers their similar papers and index entries in one pass.
import type { Db } from "@/lib/db/client";
import type { LeaseHolder } from "@/lib/db/sync-lease";
import { listSyncSources, markSyncFailed, markSyncStarted, markSyncSucceeded } from "@/lib/db/sync-state";
import type { SearchTarget } from "@/lib/search/client";
import { syncDerivedData } from "@/lib/ingest/derived-sync";
import { syncArxivListings } from "./arxiv-listings";
import { paceOf, SYNC_SOURCES, type SyncConfig, type SyncSourceName } from "./config";
import { syncEnrichment } from "./enrich";
import { syncHfDays } from "./hf-days";
import { holdLease } from "@/lib/db/held-lease";
import { dayOf, isDue, retryDelayMs } from "./plan";
import { type ClientStats, createPoliteClient, RetryLaterError } from "./polite-client";
import type { DayRange, StageContext, StageResult } from "./stage";

const STAGES: Record<SyncSourceName, (ctx: StageContext) => Promise<StageResult>> = {
  hf: syncHfDays,
  arxiv: syncArxivListings,
  enrich: syncEnrichment,
};

export type SourceOutcome = { source: SyncSourceName; created: number; updated: number; ms: number } & (
  { ok: true; detail: string } | { ok: false; error: string }
);
export type SyncOutcome =
  | {
      ran: true;
      outcomes: SourceOutcome[];
      changed: boolean;
      indexed: number | { deferred: string };
      indexMs: number;
      client: ClientStats;
    }
  | { ran: false; heldBy: LeaseHolder };

export type SyncDeps = {
  db: Db;
  search: SearchTarget | null;
  config: SyncConfig;
  now?: () => Date;
  signal?: AbortSignal;
};
/** `force`: run the asked sources whatever their schedule (the command line); else only those due. */
export type SyncRequest = { sources?: SyncSourceName[]; force?: boolean; range?: DayRange | null };

export async function runSync(deps: SyncDeps, request: SyncRequest = {}): Promise<SyncOutcome> {
  const { db, config } = deps;
  const now = deps.now ?? (() => new Date());
  const lease = await holdLease(db, config.leaseMs, now);
  if ("heldBy" in lease) return { ran: false, heldBy: lease.heldBy };
  const signal = deps.signal ?? new AbortController().signal;
  const client = createPoliteClient({
    userAgent: config.userAgent,
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    backoffMs: config.backoffMs,
    paceOf: (url) => paceOf(config, url),
    signal,
  });
  try {
    // Always in run order (enrichment last), whatever order they were asked in.
    const requested = request.sources ?? config.sources;
    const asked = SYNC_SOURCES.filter((s) => requested.includes(s) && (config.sources.includes(s) || request.force));
    const state = new Map((await listSyncSources(db)).map((r) => [r.name, r]));
    const ctx: StageContext = {
      db,
      client,
      config,
      today: dayOf(now()),
      now,
      range: request.range ?? null,
      signal,
      tally: { created: 0, updated: 0 },
    };
    const outcomes: SourceOutcome[] = [];
    for (const source of asked) {
      // Enrichment follows any stage that stored papers: they are the ones lacking arXiv metadata.
      const stored = ctx.tally.created + ctx.tally.updated > 0;
      const due = request.force || isDue(state.get(source)?.nextRunAt, now()) || (source === "enrich" && stored);
      if (!due) continue;
      if (lease.lost()) throw new Error("the sync lease lapsed (another process took it): stopping this run");
      outcomes.push(await runStage(ctx, source, state.get(source)?.failures ?? 0));
    }
    const changed = ctx.tally.created + ctx.tally.updated > 0;
    const started = performance.now();
    const indexed = changed ? await finishDerived(db, deps.search) : 0;
    return {
      ran: true,
      outcomes,
      changed,
      indexed,
      indexMs: Math.round(performance.now() - started),
      client: client.stats(),
    };
  } finally {
    await lease.release();
  }
}

async function runStage(ctx: StageContext, source: SyncSourceName, failures: number): Promise<SourceOutcome> {
  const every = ctx.config.every[source];
  const before = { ...ctx.tally };
  const started = performance.now();
  const counts = () => ({
    created: ctx.tally.created - before.created,
    updated: ctx.tally.updated - before.updated,
    ms: Math.round(performance.now() - started),
  });
  await markSyncStarted(ctx.db, source, ctx.now());
  try {
    const { detail } = await STAGES[source](ctx);
    const now = ctx.now();
    await markSyncSucceeded(ctx.db, source, {
      now,
      nextRunAt: new Date(now.getTime() + every),
      papersAdded: counts().created,
    });
    return { source, ok: true, ...counts(), detail };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const now = ctx.now();
    const retryAt = error instanceof RetryLaterError ? error.retryAt.getTime() : 0;
    const nextRunAt = new Date(Math.max(retryAt, now.getTime() + retryDelayMs(failures + 1, every)));
    const message = error instanceof Error ? error.message : String(error);
    // Papers stored before the failure stay (each page is whole): counted, though the run failed.
    await markSyncFailed(ctx.db, source, { now, nextRunAt, error: message, papersAdded: counts().created });
    return { source, ok: false, ...counts(), error: message };
  }
}

/**
 * Related papers (SQLite only) and the index for every paper the run wrote, through the one
 * derived-data sync; a large backlog is left to the app's background sync, a failure to the next run.
 */
/** Papers a run computes related papers for itself: a day of papers, not a backlog. */
const DERIVED_RELATED_LIMIT = 20_000;

async function finishDerived(db: Db, search: SearchTarget | null): Promise<number | { deferred: string }> {
  return (await syncDerivedData(db, { search, maxRelated: DERIVED_RELATED_LIMIT })).indexed;
}
