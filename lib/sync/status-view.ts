// What /status and `npm run sync -- --status` say about each source, from the stored state: one pure
// mapping, so the page and the command line cannot disagree.
import type { LeaseHolder } from "@/lib/db/sync-lease";
import type { SyncSourceRow } from "@/lib/db/sync-state";
import { SOURCE_LABELS, SYNC_SOURCES, type SyncConfig, type SyncSourceName } from "./config";

export type SourceStatus = {
  name: SyncSourceName;
  label: string;
  state: "running" | "interrupted" | "ok" | "failing" | "never run" | "off";
  lastSuccess: string;
  nextRun: string;
  lastError: string | null;
  papersAdded: string;
};
export type SyncStatusView = { scheduler: string; running: string | null; sources: SourceStatus[] };

export const utc = (d: Date) => `${d.toISOString().replace("T", " ").slice(0, 16)} UTC`;

export function toSyncStatusView(input: {
  rows: SyncSourceRow[];
  lease: LeaseHolder | null;
  config: SyncConfig;
  now: Date;
}): SyncStatusView {
  const { config, now } = input;
  const rows = new Map(input.rows.map((r) => [r.name, r]));
  const leaseLive = input.lease !== null && input.lease.expiresAt.getTime() > now.getTime();
  return {
    scheduler: config.scheduled ? "on: `npm start` syncs on its own" : "off (SYNC=off): only `npm run sync` syncs",
    running:
      leaseLive && input.lease
        ? `a sync is running since ${utc(input.lease.acquiredAt)} (${input.lease.holder})`
        : null,
    sources: SYNC_SOURCES.map((name): SourceStatus => {
      const r = rows.get(name);
      const enabled = config.sources.includes(name);
      const failing = r?.lastErrorAt && (!r.lastSuccessAt || r.lastErrorAt > r.lastSuccessAt);
      const state = !enabled
        ? "off"
        : r?.runningSince
          ? leaseLive
            ? "running"
            : "interrupted"
          : !r?.lastRunAt
            ? "never run"
            : failing
              ? "failing"
              : "ok";
      return {
        name,
        label: SOURCE_LABELS[name],
        state,
        lastSuccess: r?.lastSuccessAt ? utc(r.lastSuccessAt) : "never",
        nextRun: !enabled
          ? "not in SYNC_SOURCES"
          : !config.scheduled
            ? "by hand (SYNC=off)"
            : !r?.nextRunAt || r.nextRunAt <= now
              ? "now"
              : utc(r.nextRunAt),
        lastError: r?.lastError && r.lastErrorAt ? `${utc(r.lastErrorAt)}: ${r.lastError}` : null,
        papersAdded: r ? `${r.papersAdded} by the last successful run, ${r.totalAdded} in all` : "none yet",
      };
    }),
  };
}

/** The same facts as plain text lines, for the command line. */
export function formatSyncStatus(view: SyncStatusView): string[] {
  const lines = [`Scheduled sync: ${view.scheduler}`];
  if (view.running) lines.push(view.running);
  for (const s of view.sources) {
    lines.push(
      ``,
      `${s.label} [${s.name}] — ${s.state}`,
      `  last success: ${s.lastSuccess}`,
      `  next run:     ${s.nextRun}`,
      `  papers added: ${s.papersAdded}`,
    );
    if (s.lastError) lines.push(`  last error:   ${s.lastError}`);
  }
  return lines;
}
