// CLI: npm run sync [-- --source hf|arxiv|enrich … --from YYYY-MM-DD --to YYYY-MM-DD]   one run (for cron)
//      npm run sync -- --status                                                        what /status shows
// Against the same DATA_DIR as the app, running or not: the lease keeps it to one sync at a time.
import { parseArgs } from "node:util";
import { recordBrowsePagesChanged } from "@/lib/cache/shared-page-cache";
import { createPrismaClient } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/setup";
import { getSyncLease } from "@/lib/db/sync-lease";
import { listSyncSources } from "@/lib/db/sync-state";
import { getEnv } from "@/lib/env";
import { DigestDateSchema } from "@/lib/ingest/schemas";
import { openRuntime, runAsBackgroundWork } from "@/lib/runtime";
import { SYNC_SOURCES, type SyncSourceName, toSyncConfig } from "@/lib/sync/config";
import { dayOf } from "@/lib/sync/plan";
import { runSync } from "@/lib/sync/run-sync";
import { formatSyncStatus, toSyncStatusView, utc } from "@/lib/sync/status-view";
import { closeDb } from "@/lib/db/connection";

const USAGE = `usage: npm run sync [-- --source ${SYNC_SOURCES.join("|")} … --from YYYY-MM-DD --to YYYY-MM-DD]
       npm run sync -- --status`;

const OPTIONS = {
  source: { type: "string", multiple: true },
  from: { type: "string" },
  to: { type: "string" },
  status: { type: "boolean" },
} as const;

type Args = { status: boolean; sources: SyncSourceName[] | undefined; range: { from: string; to: string } | null };

function parse(): Args | null {
  const { values, positionals } = parseArgs({ options: OPTIONS, allowPositionals: true });
  const sources = values.source?.flatMap((s) => s.split(",")).map((s) => s.trim());
  const isDay = (d: string | undefined) => d === undefined || DigestDateSchema.safeParse(d).success;
  if (positionals.length > 0 || !isDay(values.from) || !isDay(values.to)) return null;
  if (sources?.some((s) => !(SYNC_SOURCES as readonly string[]).includes(s))) return null;
  const from = values.from ?? values.to;
  const to = values.to ?? (values.from ? dayOf(new Date()) : undefined);
  if (from && to && from > to) return null;
  return {
    status: values.status ?? false,
    sources: sources as SyncSourceName[] | undefined,
    range: from && to ? { from, to } : null,
  };
}

async function main(): Promise<number> {
  runAsBackgroundWork();
  const args = parse();
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  if (args.status) return printStatus();
  const runtime = await openRuntime({ search: "optional" });
  const { env, db } = runtime;
  const config = toSyncConfig(env);
  try {
    const outcome = await runSync(
      { db, search: runtime.search?.target ?? null, config },
      { sources: args.sources, force: true, range: args.range },
    );
    if (!outcome.ran) {
      console.log(
        `Another sync is running (${outcome.heldBy.holder}, since ${utc(outcome.heldBy.acquiredAt)}): nothing done.`,
      );
      return 0;
    }
    for (const o of outcome.outcomes) {
      console.log(
        o.ok
          ? `${o.source}: ${o.created} new, ${o.updated} updated — ${o.detail}`
          : `${o.source}: failed — ${o.error}${o.created ? ` (${o.created} new before the failure)` : ""}`,
      );
    }
    const { requests, politenessMs, backoffMs } = outcome.client;
    console.log(
      `${requests} requests; waited ${(politenessMs / 1000).toFixed(1)} s between requests and ${(backoffMs / 1000).toFixed(1)} s before retries`,
    );
    if (typeof outcome.indexed !== "number")
      console.warn(`search: indexing deferred (${outcome.indexed.deferred}); the next start or sync indexes`);
    else if (outcome.changed) console.log(`search: ${outcome.indexed} papers indexed`);
    if (outcome.changed) {
      await recordBrowsePagesChanged(db);
      console.log("app: cached pages marked stale on every instance");
    }
    return outcome.outcomes.some((o) => !o.ok) ? 1 : 0;
  } finally {
    await runtime.close();
  }
}

/** Reads the database only: no search server is started for a status line. */
async function printStatus(): Promise<number> {
  const env = getEnv();
  await prepareDatabase(env.DATABASE);
  const db = createPrismaClient(env.DATABASE);
  try {
    const [rows, lease] = await Promise.all([listSyncSources(db), getSyncLease(db)]);
    for (const line of formatSyncStatus(toSyncStatusView({ rows, lease, config: toSyncConfig(env), now: new Date() })))
      console.log(line);
    return 0;
  } finally {
    await closeDb(db);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? `error: ${error.message}` : error);
    process.exit(1);
  },
);
