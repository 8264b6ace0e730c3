// `npm run bench:search -- <corpus.jsonl.gz> [--limit N] [--requests N]`: indexes the corpus into a
// fresh Meilisearch (or, with `--data-dir D`, reuses the index an `npm run ingest` built in D, which
// must not be running), starts the production app on it, then sends the benchmark's query mix — as the
// search box sends it to GET /api/search, and the identical request straight to Meilisearch — at 1, 4
// and 16 concurrent clients, and prints wall and engine (processingTimeMs) times as a markdown table.
// `--instances 2`: two instances on one database and this Meilisearch (scripts/bench/instances.ts; the
// seed digest is ingested beside the corpus), the search box's request sent to the first alone and
// round-robin over both, in the same rounds.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { SearchDocument } from "@/lib/search/documents";
import { applySearchSettings } from "@/lib/search/indexing";
import { startMeilisearch } from "@/lib/search/server";
import { startBenchApp, type BenchApp } from "./bench/app";
import { residentMemory, startBenchInstances, type BenchInstances } from "./bench/instances";
import { readCorpusDocuments } from "./bench/corpus";
import { processTreeCpuMs } from "./bench/process-memory";
import { runLoad } from "./bench/load";
import { benchQueries } from "./bench/queries";
import { printSearchReport, type Measured } from "./bench/search-report";
import { searchSenders } from "./bench/search-senders";

const USAGE =
  "usage: npm run bench:search -- <corpus.jsonl.gz> | --data-dir <DATA_DIR> [--limit N] [--requests N (per target and client count, default 1000)] [--instances N]";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      limit: { type: "string" },
      requests: { type: "string" },
      "data-dir": { type: "string" },
      instances: { type: "string", default: "1" },
      help: { type: "boolean" },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  const dataDir = values["data-dir"];
  const instanceCount = Number(values.instances);
  if ((!file && !dataDir) || values.help || !(Number.isInteger(instanceCount) && instanceCount >= 1))
    throw new Error(USAGE);
  const limit = values.limit ? Number(values.limit) : Infinity;
  const requests = values.requests ? Number(values.requests) : 1_000;
  const tmp = mkdtempSync(path.join(os.tmpdir(), "paperboard-bench-"));
  const meili = await startMeilisearch({
    dataDir: dataDir ? path.join(dataDir, "meilisearch") : path.join(tmp, "meili"),
    maxIndexingMemory: "1GiB",
    readyTimeoutMs: 120_000,
  });
  const target = { url: meili.url, apiKey: meili.masterKey, indexName: "papers" };
  let app: BenchApp | undefined;
  let several: BenchInstances | undefined;
  try {
    await applySearchSettings(target);
    const { count, topAuthor, seconds } = dataDir
      ? await describeIndex(target)
      : await indexCorpus(file!, limit, target);
    console.error(
      dataDir
        ? `reusing the index of ${dataDir}: ${count} papers`
        : `indexed ${count} corpus papers in ${seconds.toFixed(0)} s`,
    );
    if (instanceCount > 1) {
      several = await startBenchInstances(path.join(tmp, "app"), instanceCount, { meili });
      app = several.instances[0];
    } else app = await startBenchApp(path.join(tmp, "app"), target);
    const queries = benchQueries(topAuthor);
    const urls = several ? several.instances.map((i) => i.url) : [app!.url];
    const senders = searchSenders(app!.url, meili, queries, (topAuthor ?? "a").slice(0, 3), urls);
    // Warm both paths (the engine's caches, Next's compiled route), then measure.
    await runLoad({ total: queries.length * 2, concurrency: 4, send: senders.direct().send });
    await runLoad({ total: queries.length * 2, concurrency: 4, send: senders.api().send });
    const measured: Measured[] = [];
    for (const clients of [1, 4, 16]) {
      const base: (keyof ReturnType<typeof searchSenders>)[] =
        clients === 1 ? ["api", "direct", "authorsApi", "authorsDirect", "floor"] : ["api", "direct", "floor"];
      const names = several ? [...base, "apiAll" as const] : base;
      const made = new Map(names.map((n) => [n, senders[n]()] as const));
      const runs = new Map(names.map((n) => [n, [] as Awaited<ReturnType<typeof runLoad>>[]]));
      // The web process's CPU per request (one instance): what it takes from the engine on shared cores.
      const webCpu = several ? undefined : () => processTreeCpuMs(app!.pid, "serve");
      const cpuMs = new Map(names.map((n) => [n, 0]));
      // Alternate rounds so background load on the shared machine hits every target alike.
      const total = Math.max(queries.length, clients === 1 ? Math.round(requests / 2) : requests);
      for (let round = 0; round < 2; round += 1) {
        for (const n of names) {
          const before = webCpu?.() ?? 0;
          runs
            .get(n)!
            .push(await runLoad({ total: Math.round(total / 2), concurrency: clients, send: made.get(n)!.send }));
          cpuMs.set(n, cpuMs.get(n)! + (webCpu?.() ?? 0) - before);
        }
      }
      for (const n of names)
        measured.push({
          clients,
          target: n,
          runs: runs.get(n)!,
          engineMs: made.get(n)!.engineMs,
          webCpuMs: webCpu ? cpuMs.get(n) : undefined,
        });
    }
    printSearchReport({ docs: count, queries: queries.length }, measured);
    if (several) console.log(`\n${residentMemory(several.instances)}`);
  } finally {
    if (several) await several.stop();
    else await app?.stop();
    await meili.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function indexCorpus(file: string, limit: number, target: { url: string; apiKey: string }) {
  const started = performance.now();
  const authors = new Map<string, number>();
  let batch: SearchDocument[] = [];
  let count = 0;
  let lastTask = 0;
  const send = async () => {
    const res = await fetch(`${target.url}/indexes/papers/documents?primaryKey=id`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${target.apiKey}` },
      body: JSON.stringify(batch),
    });
    if (!res.ok) throw new Error(`adding documents failed: ${res.status} ${await res.text()}`);
    lastTask = ((await res.json()) as { taskUid: number }).taskUid;
    batch = [];
  };
  for await (const doc of readCorpusDocuments(file, limit)) {
    batch.push(doc);
    count += 1;
    for (const a of doc.authors) authors.set(a, (authors.get(a) ?? 0) + 1);
    if (batch.length === 10_000) await send();
  }
  if (batch.length > 0) await send();
  for (;;) {
    const task = (await (
      await fetch(`${target.url}/tasks/${lastTask}`, { headers: { authorization: `Bearer ${target.apiKey}` } })
    ).json()) as { status: string; error?: unknown };
    if (task.status === "succeeded") break;
    if (task.status === "failed" || task.status === "canceled")
      throw new Error(`indexing failed: ${JSON.stringify(task.error)}`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  const topAuthor = [...authors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  return { count, topAuthor, seconds: (performance.now() - started) / 1000 };
}

/** An existing index: its size, and its most frequent author (the facet search sorts by count). */
async function describeIndex(target: { url: string; apiKey: string }) {
  const headers = { "content-type": "application/json", authorization: `Bearer ${target.apiKey}` };
  // Measure a settled engine: an interrupted ingest leaves indexing tasks that resume at start.
  for (;;) {
    const queued = (await (
      await fetch(`${target.url}/tasks?statuses=enqueued,processing&limit=1`, { headers })
    ).json()) as { total?: number; results: unknown[] };
    if ((queued.total ?? queued.results.length) === 0) break;
    console.error(`waiting for ${queued.total ?? "some"} indexing tasks to finish…`);
    await new Promise((r) => setTimeout(r, 10_000));
  }
  const stats = (await (await fetch(`${target.url}/indexes/papers/stats`, { headers })).json()) as {
    numberOfDocuments: number;
  };
  const facet = await fetch(`${target.url}/indexes/papers/facet-search`, {
    method: "POST",
    headers,
    body: JSON.stringify({ facetName: "authors", facetQuery: "" }),
  });
  const hits = ((await facet.json()) as { facetHits?: { value: string; count: number }[] }).facetHits ?? [];
  const top = [...hits].sort((a, b) => b.count - a.count)[0]?.value ?? null;
  return { count: stats.numberOfDocuments, topAuthor: top, seconds: 0 };
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
