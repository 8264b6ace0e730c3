// `npm run bench:search -- <corpus.jsonl.gz> [--limit N] [--requests N]`: indexes the corpus into a
// fresh Meilisearch, starts the production app on it, then sends the same fixed query mix at 16
// concurrent clients to GET /api/search and straight to Meilisearch, and prints a markdown table.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { SearchDocument } from "@/lib/search/documents";
import { applySearchSettings } from "@/lib/search/indexing";
import { buildSearchRequest } from "@/lib/search/search-request";
import { startMeilisearch } from "@/lib/search/server";
import { toSearchParams } from "@/lib/validation/search-query";
import { startBenchApp } from "./bench/app";
import { readCorpusDocuments } from "./bench/corpus";
import { runLoad, summarize, type LoadResult, type Summary } from "./bench/load";
import { benchQueries } from "./bench/queries";

/** A stalled request counts as an error after this, instead of holding a client for undici's 300 s default. */
const REQUEST_TIMEOUT_MS = 10_000;
const USAGE = "usage: npm run bench:search -- <corpus.jsonl.gz> [--limit N] [--requests N] [--concurrency 16]";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { limit: { type: "string" }, requests: { type: "string" }, concurrency: { type: "string", default: "16" } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) throw new Error(USAGE);
  const limit = values.limit ? Number(values.limit) : Infinity;
  const requests = values.requests ? Number(values.requests) : 2_000;
  const concurrency = Number(values.concurrency);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "paperboard-bench-"));
  const meili = await startMeilisearch({ dataDir: path.join(tmp, "meili"), maxIndexingMemory: "1GiB" });
  const target = { url: meili.url, apiKey: meili.masterKey, indexName: "papers" };
  let app: Awaited<ReturnType<typeof startBenchApp>> | undefined;
  try {
    await applySearchSettings(target);
    const { count, topAuthor, seconds } = await indexCorpus(file, limit, target);
    console.error(`indexed ${count} corpus papers in ${seconds.toFixed(0)} s`);
    app = await startBenchApp(path.join(tmp, "app"), target);
    const queries = benchQueries(topAuthor);
    // Same transport as the app (lib/search/client.ts): a fresh connection per request.
    const headers = { "content-type": "application/json", authorization: `Bearer ${meili.masterKey}`, connection: "close" };
    const direct = (i: number) => {
      const { q, params } = buildSearchRequest(queries[i % queries.length]!);
      return fetch(`${meili.url}/indexes/papers/search`, { method: "POST", headers, body: JSON.stringify({ q, ...params }), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then(drain);
    };
    const api = (i: number) =>
      fetch(`${app!.url}/api/search?${toSearchParams(queries[i % queries.length]!)}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then(drain);
    // The floor: a route that does nothing, through the same server, client and machine.
    const floor = () => fetch(`${app!.url}/api/health`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }).then(drain);
    // Warm both paths, then alternate rounds so background load on the machine hits both alike.
    await runLoad({ total: queries.length * 2, concurrency: 4, send: direct });
    await runLoad({ total: queries.length * 2, concurrency: 4, send: api });
    const runs: { direct: LoadResult[]; api: LoadResult[]; floor: LoadResult[] } = { direct: [], api: [], floor: [] };
    for (let round = 0; round < 2; round += 1) {
      runs.direct.push(await runLoad({ total: requests / 2, concurrency, send: direct }));
      runs.api.push(await runLoad({ total: requests / 2, concurrency, send: api }));
      runs.floor.push(await runLoad({ total: requests / 2, concurrency, send: floor }));
    }
    printTable({ docs: count, queries: queries.length, concurrency }, summarize(runs.api), summarize(runs.direct), summarize(runs.floor));
  } finally {
    await app?.stop();
    await meili.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function drain(res: Response): Promise<boolean> {
  await res.arrayBuffer();
  return res.ok;
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
    const task = (await (await fetch(`${target.url}/tasks/${lastTask}`, { headers: { authorization: `Bearer ${target.apiKey}` } })).json()) as { status: string; error?: unknown };
    if (task.status === "succeeded") break;
    if (task.status === "failed" || task.status === "canceled") throw new Error(`indexing failed: ${JSON.stringify(task.error)}`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
  const topAuthor = [...authors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  return { count, topAuthor, seconds: (performance.now() - started) / 1000 };
}

function printTable(run: { docs: number; queries: number; concurrency: number }, api: Summary, direct: Summary, floor: Summary): void {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const row = (name: string, s: Summary) => `| ${name} | ${s.requests} | ${s.errors} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${s.rps.toFixed(0)} req/s |`;
  console.log(`\nIndex: ${run.docs.toLocaleString("en-US")} corpus papers (+ the 98-paper seed). ${run.queries} queries, ${run.concurrency} concurrent clients, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}.\n`);
  console.log("| target | requests | errors | p50 | p95 | p99 | max | throughput |");
  console.log("|---|---|---|---|---|---|---|---|");
  console.log(row("GET /api/search", api));
  console.log(row("Meilisearch direct", direct));
  console.log(row("GET /api/health (floor: Next, no work)", floor));
  console.log(`| ratio API ÷ direct | | | ${(api.p50 / direct.p50).toFixed(2)}× | ${(api.p95 / direct.p95).toFixed(2)}× | ${(api.p99 / direct.p99).toFixed(2)}× | | ${(api.rps / direct.rps).toFixed(2)}× |`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
