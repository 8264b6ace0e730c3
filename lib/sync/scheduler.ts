// The scheduler `npm start` runs beside Next: it sleeps until the soonest source is due (waking at
// least once a minute to see runs other processes made), runs what is due under the lease, refreshes
// the running app's cached pages, and logs a failing source at most once an hour.
import type { Db } from "@/lib/db/client";
import { listSyncSources } from "@/lib/db/sync-state";
import type { SearchTarget } from "@/lib/search/client";
import { SOURCE_LABELS, type SyncConfig } from "./config";
import { briefError, createLogLimiter } from "./log-limiter";
import { runSync, type SyncOutcome } from "./run-sync";

export type SchedulerOptions = {
  db: Db;
  search: SearchTarget | null;
  config: SyncConfig;
  log: (line: string, level: "info" | "warn") => void;
  /** After a run that stored papers: tell the app its cached pages are stale. */
  onChange: () => Promise<void>;
  /** Lets the server start first: the first run waits this long. */
  firstDelayMs?: number;
};

const MIN_SLEEP_MS = 1_000;
const MAX_SLEEP_MS = 60_000;
const LEASE_BUSY_SLEEP_MS = 5_000;
const STOP_GRACE_MS = 5_000;

export function startSyncScheduler(options: SchedulerOptions): { stop: () => Promise<void> } {
  const { db, config, log } = options;
  const controller = new AbortController();
  const limiter = createLogLimiter();
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();

  const schedule = (ms: number) => {
    if (controller.signal.aborted) return;
    timer = setTimeout(() => {
      current = tick();
    }, ms);
  };

  async function tick(): Promise<void> {
    try {
      let wait = await msUntilDue(db, config);
      if (wait === 0) {
        const outcome = await runSync({ db, search: options.search, config, signal: controller.signal });
        if (outcome.ran) await report(outcome);
        // Another process holds the lease: look again soon (it updates what is due when it is done).
        wait = outcome.ran ? await msUntilDue(db, config) : LEASE_BUSY_SLEEP_MS;
      }
      schedule(Math.max(MIN_SLEEP_MS, wait));
    } catch (error) {
      if (controller.signal.aborted) return;
      if (limiter.allow("scheduler", Date.now()))
        log(`sync: ${error instanceof Error ? error.message : String(error)} (retrying; logged once an hour)`, "warn");
      schedule(MAX_SLEEP_MS);
    }
  }

  async function report(outcome: Extract<SyncOutcome, { ran: true }>): Promise<void> {
    const now = Date.now();
    // One line for every source that failed in this run (and was not logged within the hour).
    const failed = outcome.outcomes.flatMap((o) =>
      !o.ok && limiter.allow(o.source, now) ? [`${SOURCE_LABELS[o.source]} (${briefError(o.error)})`] : [],
    );
    if (failed.length > 0)
      log(
        `sync: could not sync ${failed.join("; ")} — retrying later; details on /status (logged once an hour)`,
        "warn",
      );
    for (const o of outcome.outcomes) {
      if (!o.ok) continue;
      if (limiter.clear(o.source)) log(`sync: ${SOURCE_LABELS[o.source]} works again`, "info");
      if (o.created > 0)
        log(`sync: ${SOURCE_LABELS[o.source]}: ${o.created} new papers, ${o.updated} updated (${o.detail})`, "info");
    }
    if (outcome.changed) await options.onChange().catch(() => undefined);
  }

  schedule(options.firstDelayMs ?? 2_000);
  return {
    stop: async () => {
      controller.abort(new Error("the app is stopping"));
      if (timer) clearTimeout(timer);
      // A run in flight stops at its next page; each page is stored whole, and the next start resumes.
      await Promise.race([current, new Promise((r) => setTimeout(r, STOP_GRACE_MS).unref())]);
    },
  };
}

/** 0 when a source is due; else how long until the soonest one is, between one second and a minute. */
async function msUntilDue(db: Db, config: SyncConfig): Promise<number> {
  const rows = new Map((await listSyncSources(db)).map((r) => [r.name, r]));
  const now = Date.now();
  const next = Math.min(...config.sources.map((s) => rows.get(s)?.nextRunAt?.getTime() ?? 0));
  if (next <= now) return 0;
  return Math.max(MIN_SLEEP_MS, Math.min(MAX_SLEEP_MS, next - now));
}
