// npm run bench:for-you -- <corpus.jsonl[.gz]> [--limit N] | --data-dir DIR   [--saves 500] [--requests 30] [--runs 10]
// `/for-you` through the running production app: starts it on a fresh data dir and ingests the corpus (the
// first N papers) — or on an existing data dir (`--data-dir`, e.g. a copy of a large instance's; the reader
// is added to it) —, signs in a reader with `--saves` random bookmarks (a collection holding 100 of them),
// waits for the web process's warm-up (lib/recs/warm.ts), then times the first request (fits the
// vocabulary and stores every paper's vector unless `npm run recs:features` did or the warm-up loaded them), the first after a new save (retrains the reader's model), `--requests` warm
// requests per period and for the collection, one at a time, and the web process's memory; then, with
// the app stopped, the reader's training in process (cold, and `--runs` retrains after one more save).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ingestIntoBenchApp, startBenchApp, type BenchApp } from "./bench/app";
import { percentile } from "./bench/load";
import { processTreeCpuMs, processTreeMemory } from "./bench/process-memory";
import { saveOneMore, seedReader } from "./bench/for-you-reader";

const USAGE =
  "usage: npm run bench:for-you -- (<corpus.jsonl[.gz]> [--limit N] | --data-dir DIR) [--saves 500] [--requests 30] [--runs 10]";

async function timedGet(url: string, cookie: string): Promise<{ ms: number; body: string }> {
  const t0 = performance.now();
  const response = await fetch(url, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - t0, body };
}

/** The warm-up's time as the app printed it (startBenchApp waits for it). */
function warmUpTime(app: BenchApp): string {
  const output = app.output();
  const done = /For you warmed in (\d+) ms/.exec(output)?.[1];
  if (done) return ms(Number(done));
  return output.includes("For you not warmed") ? "nothing stored to load yet" : "not finished after 2 minutes";
}

const ms = (x: number) => `${Math.round(x).toLocaleString("en")} ms`;
const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${ms(percentile(s, 50))} | ${ms(percentile(s, 95))} | ${ms(s.at(-1) ?? 0)}`;
};

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      limit: { type: "string" },
      "data-dir": { type: "string" },
      saves: { type: "string", default: "500" },
      requests: { type: "string", default: "30" },
      runs: { type: "string", default: "10" },
    },
  });
  const corpus = positionals[0];
  const given = values["data-dir"];
  if (!corpus === !given) throw new Error(USAGE);
  const dataDir = given ? path.resolve(given) : mkdtempSync(path.join(os.tmpdir(), "paperboard-bench-for-you-"));
  const requests = Number(values.requests);
  let app: BenchApp | undefined;
  const rows: string[] = [];
  try {
    app = await startBenchApp(dataDir, null);
    if (corpus) await ingestIntoBenchApp(app, corpus, values.limit, "ignore");
    const reader = await seedReader(dataDir, Number(values.saves), 100);
    const get = (query: string) => timedGet(`${app!.url}/for-you?${query}`, reader.cookie);
    // The web process loaded the vocabulary, the background pool and the periods' candidates once it
    // answered (lib/recs/warm.ts; startBenchApp waited for it): this reader pays only their own model.
    rows.push(
      `| the web process's warm-up at start (in the background, after it answers) | ${warmUpTime(app)} | | | |`,
    );
    const first = await get("period=month");
    if (!first.body.includes("Recommended for you")) throw new Error("the page shows no recommendations");
    rows.push(
      `| first \`/for-you?period=month\` of a reader after the warm-up (trains their model) | ${ms(first.ms)} | | | |`,
    );
    saveOneMore(dataDir, reader);
    rows.push(`| first after a new save (retrains the reader's model) | ${ms((await get("period=month")).ms)} | | | |`);
    const queries = [
      ["period=day", "day"],
      ["period=week", "week"],
      ["period=month", "month"],
      [`period=month&collection=${reader.collectionId}`, "month, one collection (100 saves)"],
    ] as const;
    for (const [query, label] of queries) {
      const firstOfKind = await get(query); // loads the period's candidates (or trains the collection's model)
      const warm: number[] = [];
      const cpu0 = processTreeCpuMs(app.pid, "serve");
      for (let i = 0; i < requests; i += 1) warm.push((await get(query)).ms);
      const cpu = (processTreeCpuMs(app.pid, "serve") - cpu0) / requests;
      rows.push(
        `| ${label}: first ${ms(firstOfKind.ms)}, then ${requests} warm (p50, p95, max) | ${spread(warm)} | ${ms(cpu)} |`,
      );
    }
    const memory = processTreeMemory(app.pid);
    await app.stop();
    app = undefined;
    process.env.DATA_DIR = dataDir;
    delete process.env.DATABASE_FILE;
    delete process.env.DATABASE_URL;
    const { measureTraining } = await import("./bench/for-you-training");
    const t = await measureTraining(dataDir, reader, Number(values.runs));
    console.log(
      `\n${reader.papers} papers, ${values.saves} saves; ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n`,
    );
    console.log("| request | time (p50) | p95 | max | web process CPU per request |\n|---|---:|---:|---:|---:|");
    console.log(rows.join("\n"));
    console.log(`\nWeb process memory after the requests: ${memory}\n`);
    console.log(
      `| training in process (${t.positives} positives, 1,000 background) | p50 | p95 | max |\n|---|---:|---:|---:|`,
    );
    console.log(`| load and parse the vocabulary (once per process) | ${ms(t.features)} | | |`);
    console.log(`| first model of the process (reads every vector's id for the background pool) | ${ms(t.cold)} | | |`);
    console.log(`| retrain after one more save (${t.warm.length} runs; reads + decodes + fits) | ${spread(t.warm)} |`);
    console.log(`| … the fit alone | ${spread(t.fit)} |`);
    console.log(`\nL-BFGS iterations: ${t.iterations.join(", ")}`);
  } finally {
    await app?.stop();
    if (!given) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
