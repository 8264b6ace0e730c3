// CLI: npm run bench:sync -- <corpus.jsonl[.gz]> [--days 30] [--hf-per-day 30] [--last-day 2026-06-30]
// A first sync end to end against the fake upstream (its own process, world built from the corpus):
// N Hugging Face days, 5 categories × N days of OAI-PMH listings, enrichment of every Hugging Face
// paper, into a fresh database and Meilisearch. Politeness delays are set to zero and reported apart;
// prints the time, the requests, and the peak RSS of this (the syncing) process.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/setup";
import { EnvSchema, getEnv } from "@/lib/env";
import { startMeilisearch } from "@/lib/search/server";
import { toSyncConfig } from "@/lib/sync/config";
import { runSync, type SyncOutcome } from "@/lib/sync/run-sync";
import { closeDb, countPapersAndEnriched } from "@/lib/db/connection";

const CATEGORIES = "cs.AI,cs.CL,cs.CV,cs.LG,stat.ML";

async function startFake(corpus: string, days: string, hfPerDay: string, lastDay: string) {
  const args = [
    "--import",
    "tsx",
    "tests/fake-upstream/cli.ts",
    "--corpus",
    corpus,
    "--days",
    days,
    "--hf-per-day",
    hfPerDay,
    "--last-day",
    lastDay,
    "--categories",
    CATEGORIES,
  ];
  const child = spawn(process.execPath, ["--conditions=react-server", ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = (await lines.next()).value as string | undefined;
  if (!first) throw new Error("the fake upstream did not start");
  const info = JSON.parse(first) as { env: Record<string, string>; listed: number; hf: number };
  return { ...info, stop: () => child.kill("SIGTERM") };
}

function describeRun(label: string, seconds: number, outcome: SyncOutcome): string[] {
  if (!outcome.ran) throw new Error("the lease was taken");
  const { requests, politenessMs, backoffMs } = outcome.client;
  return [
    `| ${label}: wall time | ${seconds.toFixed(1)} s |`,
    `| ${label}: requests / waited for politeness, backoff | ${requests} / ${(politenessMs / 1000).toFixed(1)} s, ${(backoffMs / 1000).toFixed(1)} s |`,
    `| ${label}: time excluding politeness delays and backoff | ${(seconds - (politenessMs + backoffMs) / 1000).toFixed(1)} s |`,
    ...outcome.outcomes.map(
      (o) =>
        `| ${label}: ${o.source} (${(o.ms / 1000).toFixed(1)} s) | ${o.ok ? `${o.created} new, ${o.updated} updated — ${o.detail}` : `failed: ${o.error}`} |`,
    ),
    `| ${label}: similar papers + indexing (${(outcome.indexMs / 1000).toFixed(1)} s) | ${typeof outcome.indexed === "number" ? `${outcome.indexed} papers indexed` : `deferred: ${outcome.indexed.deferred}`} |`,
  ];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      days: { type: "string", default: "30" },
      "hf-per-day": { type: "string", default: "30" },
      "last-day": { type: "string", default: "2026-06-30" },
    },
    allowPositionals: true,
  });
  const corpus = positionals[0];
  if (!corpus)
    throw new Error(
      "usage: npm run bench:sync -- <corpus.jsonl[.gz]> [--days 30] [--hf-per-day 30] [--last-day YYYY-MM-DD]",
    );
  const fake = await startFake(corpus, values.days, values["hf-per-day"], values["last-day"]);
  const dir = mkdtempSync(path.join(os.tmpdir(), "paperboard-bench-sync-"));
  const dbFile = path.join(dir, "bench.db");
  await prepareDatabase(dbFile);
  const db = createPrismaClient(dbFile);
  const meili = await startMeilisearch({
    dataDir: path.join(dir, "meili"),
    maxIndexingMemory: getEnv().MEILI_MAX_INDEXING_MEMORY,
  });
  const search = { url: meili.url, apiKey: meili.masterKey, indexName: "bench_sync" };
  const config = toSyncConfig(
    EnvSchema.parse({
      ...fake.env,
      SYNC_ARXIV_DELAY_MS: "0",
      SYNC_HF_DELAY_MS: "0",
      SYNC_BACKFILL_DAYS: values.days,
      SYNC_ARXIV_CATEGORIES: CATEGORIES,
    }),
  );
  try {
    const rows = [
      `| load average before | ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(", ")} |`,
      `| world | ${fake.listed} listed papers in ${CATEGORIES} over ${values.days} days; ${fake.hf} Hugging Face papers (${values["hf-per-day"]} a day) |`,
    ];
    let t0 = performance.now();
    const first = await runSync({ db, search, config }, { force: true });
    rows.push(...describeRun("first sync", (performance.now() - t0) / 1000, first));
    rows.push(
      `| first sync: peak RSS of the syncing process | ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB |`,
    );
    const arxivRequests = first.ran ? first.client.requests - Number(values.days) : 0;
    rows.push(
      `| first sync: what the real etiquette would add | ≥ ${Math.round((arxivRequests * 3) / 60)} min for its ${arxivRequests} arXiv requests (3 s apart), ≥ ${values.days} s for Hugging Face (1 s apart) |`,
    );
    const { papers, enriched } = await countPapersAndEnriched(db);
    rows.push(`| papers stored / Hugging Face papers enriched | ${papers} / ${enriched} |`);
    t0 = performance.now();
    const second = await runSync({ db, search, config }, { force: true });
    rows.push(...describeRun("second sync (nothing new)", (performance.now() - t0) / 1000, second));
    console.log(`\n| bench:sync (${path.basename(corpus)}) | |\n|---|---|`);
    for (const r of rows) console.log(r);
  } finally {
    await closeDb(db);
    await meili.stop();
    fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
