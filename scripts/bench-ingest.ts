// CLI: npm run bench:ingest -- <corpus.jsonl[.gz]> [--limit N]
// Ingests into a fresh database and Meilisearch, then times a raw addDocuments of the same documents
// into a second index of the same engine, and prints papers/s, peak RSS and the ratio.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/setup";
import { getEnv } from "@/lib/env";
import { createProgressReporter } from "@/lib/ingest/progress-reporter";
import { runIngest } from "@/lib/ingest/run-ingest";
import { timeRawIndexing } from "@/scripts/bench/raw-indexing";
import { startMeilisearch } from "@/lib/search/server";
import { closeDb } from "@/lib/db/connection";

/** A memory figure of a process in MiB from /proc (VmHWM: peak RSS; RssAnon: RSS minus mapped files). */
function procMiB(pid: number | null, field: "VmHWM" | "RssAnon"): number | null {
  if (pid === null) return null;
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Meilisearch maps its LMDB files, which VmHWM counts: also sample its anonymous memory's peak. */
function sampleAnonPeak(pid: number | null): { stop: () => number | null } {
  let peak: number | null = null;
  const timer = setInterval(() => {
    const now = procMiB(pid, "RssAnon");
    if (now !== null && (peak === null || now > peak)) peak = now;
  }, 1_000);
  return { stop: () => (clearInterval(timer), peak) };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { limit: { type: "string" } }, allowPositionals: true });
  const corpus = positionals[0];
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (!corpus || (limit !== undefined && !(limit > 0)))
    throw new Error("usage: npm run bench:ingest -- <corpus.jsonl[.gz]> [--limit N]");
  const dir = mkdtempSync(path.join(os.tmpdir(), "paperboard-bench-"));
  const dbFile = path.join(dir, "bench.db");
  await prepareDatabase(dbFile);
  const db = createPrismaClient(dbFile);
  const meili = await startMeilisearch({
    dataDir: path.join(dir, "meili"),
    maxIndexingMemory: getEnv().MEILI_MAX_INDEXING_MEMORY,
  });
  const target = { url: meili.url, apiKey: meili.masterKey, indexName: "bench_ingest" };
  try {
    const anon = sampleAnonPeak(meili.pid);
    const progress = createProgressReporter(corpus);
    const t0 = performance.now();
    const s = await runIngest({ db, file: corpus, limit, search: target, onProgress: progress.update });
    const ingestSeconds = (performance.now() - t0) / 1000;
    progress.stop();
    const ingestRss = Math.round(process.resourceUsage().maxRSS / 1024);
    const meiliRssIngest = procMiB(meili.pid, "VmHWM");
    const meiliAnonIngest = anon.stop();
    const raw = await timeRawIndexing(
      db,
      { ...target, indexName: "bench_raw" },
      path.join(dir, "raw-documents.ndjson"),
    );
    const rows = [
      ["papers (accepted / rejected)", `${s.papers} / ${s.rejected}`],
      [
        "end-to-end ingest (parse → SQLite → indexed)",
        `${ingestSeconds.toFixed(1)} s, ${Math.round(s.papers / ingestSeconds)} papers/s`,
      ],
      [
        "raw Meilisearch addDocuments of the same documents",
        `${raw.seconds.toFixed(1)} s, ${Math.round(raw.documents / raw.seconds)} docs/s`,
      ],
      ["ratio end-to-end / raw", `${(ingestSeconds / raw.seconds).toFixed(2)}×`],
      ["peak RSS of the ingest process", `${ingestRss} MiB`],
      [
        "peak RSS of Meilisearch during the ingest (of which anonymous, i.e. not mapped index files)",
        `${meiliRssIngest ?? "?"} MiB (${meiliAnonIngest ?? "?"} MiB)`,
      ],
      ["peak RSS of Meilisearch including the raw run", `${procMiB(meili.pid, "VmHWM") ?? "?"} MiB`],
      ["indexed", typeof s.indexed === "number" ? String(s.indexed) : `deferred: ${s.indexed.deferred}`],
    ];
    console.log(`\n| ${path.basename(corpus)}${limit ? ` (--limit ${limit})` : ""} | |\n|---|---|`);
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
    for (const r of s.rejections.slice(0, 10)) console.log(`rejected ${r}`);
  } finally {
    await closeDb(db);
    await meili.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
