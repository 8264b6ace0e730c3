// Queries behind /status: is the data current, and what went wrong lately? The page is public, so
// sources and errors come out in their public form (lib/db/ingest-public.ts).
import "server-only";
import { listPapersPerDay } from "./activity";
import type { Db } from "./client";
import { readDerivedProgress, type DerivedProgress } from "./derived-progress";
import { classifyIngestError, toPublicSource } from "./ingest-public";
import { getSyncLease, type LeaseHolder } from "./sync-lease";
import { countPendingRelated } from "./similar-papers";
import { listSyncSources, type SyncSourceRow } from "./sync-state";

export type IngestStatus = {
  lastSuccess: {
    format: string;
    source: string;
    finishedAt: Date;
    created: number;
    updated: number;
    unchanged: number;
    rejected: number;
  }[];
  perDay: { day: string; papers: number }[];
  missingDays: string[];
  recentErrors: { source: string; format: string; startedAt: Date; error: string }[];
  sync: { rows: SyncSourceRow[]; lease: LeaseHolder | null };
  /** The derived-data sync's last recorded step, and papers whose related papers are still pending. */
  derived: { progress: DerivedProgress | null; pendingRelated: number };
};

/** Days shown in the chart and checked for gaps, counting back from the latest digest. */
const HORIZON_DAYS = 60;

export async function getIngestStatus(db: Db): Promise<IngestStatus> {
  const [succeeded, failed, perDay, rows, lease, progress, pendingRelated] = await Promise.all([
    db.ingestRun.findMany({ where: { status: "succeeded" }, orderBy: { finishedAt: "desc" }, take: 200 }),
    db.ingestRun.findMany({ where: { status: "failed" }, orderBy: { startedAt: "desc" }, take: 10 }),
    listPapersPerDay(db, HORIZON_DAYS),
    listSyncSources(db),
    getSyncLease(db),
    readDerivedProgress(db),
    countPendingRelated(db),
  ]);
  const lastByFormat = new Map<string, (typeof succeeded)[number]>();
  for (const run of succeeded) if (!lastByFormat.has(run.format)) lastByFormat.set(run.format, run);

  return {
    lastSuccess: [...lastByFormat.values()].map((r) => ({
      format: r.format,
      source: toPublicSource(r.source),
      finishedAt: r.finishedAt ?? r.startedAt,
      created: r.created,
      updated: r.updated,
      unchanged: r.unchanged,
      rejected: r.rejected,
    })),
    perDay,
    // A digest always holds at least one paper, so a zero marks a day without one.
    missingDays: perDay.filter((d) => d.papers === 0).map((d) => d.day),
    recentErrors: failed.map((r) => ({
      source: toPublicSource(r.source),
      format: r.format,
      startedAt: r.startedAt,
      error: classifyIngestError(r.error ?? "", r.source),
    })),
    sync: { rows, lease },
    derived: { progress, pendingRelated },
  };
}
