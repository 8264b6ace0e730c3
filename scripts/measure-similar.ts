// `npm run measure:similar -- <DATA_DIR | corpus.jsonl.gz> [--papers 200] [--seed 42] [--app URL] [--limit N]`:
// pastes the abstracts of randomly drawn papers into `/similar` as a reader would (GET, rendered page)
// and prints how often the pasted paper comes back first, the share of the other results sharing an
// arXiv category with it (precision@10) and the latency. A DATA_DIR is measured through `--app` (an
// app running on it) or an app this script starts on it (the DATA_DIR's app must then be stopped); a
// corpus file is first ingested into a fresh DATA_DIR (the first `--limit` papers).
import { getDb } from "@/lib/db/client";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { resetEnvCache } from "@/lib/env";
import { listAllPaperIds, listIdsAndCategoriesBySlug } from "@/lib/db/paper-lookup";
import { listPaperTexts } from "@/lib/db/paper-vectors";
import { sampleBackground } from "@/lib/recs/sampling";
import { MAX_SIMILAR_TEXT } from "@/lib/validation/similar-text";
import { ingestIntoBenchApp, startBenchApp, type BenchApp } from "./bench/app";

const USAGE =
  "usage: npm run measure:similar -- <DATA_DIR | corpus.jsonl.gz> [--papers 200] [--seed 42] [--app http://127.0.0.1:PORT] [--limit N]";
/** A page's result list, bounded before any pattern runs over it. */
const MAX_HTML = 2_000_000;

type Outcome = { ms: number; first: boolean; inTop: boolean; shared: number; others: number };

/** The slugs of `/similar`'s result list, in order (the page's own links, nothing else). */
function resultSlugs(html: string): string[] {
  const bounded = html.slice(0, MAX_HTML);
  const start = bounded.indexOf('aria-label="Similar papers"');
  if (start < 0) return [];
  const list = bounded.slice(start, bounded.indexOf("</ol>", start));
  return [...list.matchAll(/href="\/papers\/([^"?#]{1,300})"/g)].map((m) => decodeURIComponent(m[1]!));
}

async function similarPage(app: string, text: string): Promise<{ ms: number; html: string }> {
  const t0 = performance.now();
  const response = await fetch(`${app}/similar?text=${encodeURIComponent(text.slice(0, MAX_SIMILAR_TEXT))}`);
  const html = await response.text();
  if (response.status !== 200)
    throw new Error(
      `/similar answered ${response.status} (rate limit? start the app with SIMILAR_RATE_LIMIT_PER_MINUTE raised)`,
    );
  return { ms: performance.now() - t0, html };
}

/** Waits while the app is still fitting the collection's vocabulary (a large import's first minutes). */
async function waitUntilReady(app: string, text: string): Promise<void> {
  for (let waited = 0; ; waited += 10) {
    const { html } = await similarPage(app, text);
    if (!html.includes("still being computed")) return;
    if (waited % 60 === 0) console.error(`waiting for the app to fit the vocabulary (${waited} s; see ${app}/status)`);
    await new Promise((r) => setTimeout(r, 10_000));
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function measure(app: string, papers: number, seed: number): Promise<Outcome[]> {
  const db = getDb();
  const ids = sampleBackground(await listAllPaperIds(db), papers, seed, new Set());
  const texts = new Map((await listPaperTexts(db, ids)).map((p) => [p.id, p]));
  await waitUntilReady(app, texts.get(ids[0]!)!.abstract);
  const out: Outcome[] = [];
  for (const id of ids) {
    const paper = texts.get(id)!;
    const { ms, html } = await similarPage(app, paper.abstract);
    const found = await listIdsAndCategoriesBySlug(db, resultSlugs(html));
    const results = resultSlugs(html).map((slug) => found.get(slug) ?? { id: `unknown:${slug}`, categories: [] });
    const others = results.filter((r) => r.id !== id).slice(0, 10);
    const shared = others.filter((r) => r.categories.some((c) => paper.categories.includes(c))).length;
    out.push({
      ms,
      first: results[0]?.id === id,
      inTop: results.some((r) => r.id === id),
      shared,
      others: others.length,
    });
    if (out.length % 20 === 0) console.error(`${out.length} of ${ids.length} pasted`);
  }
  return out;
}

function report(outcomes: Outcome[], what: string): void {
  const n = outcomes.length;
  const ms = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const others = outcomes.reduce((s, o) => s + o.others, 0);
  const shared = outcomes.reduce((s, o) => s + o.shared, 0);
  const first = outcomes.filter((o) => o.first).length;
  const inTop = outcomes.filter((o) => o.inTop).length;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`${what}: ${n} abstracts pasted into /similar\n`);
  console.log("| measure | value | target |\n|---|---|---|");
  console.log(`| pasted paper first | ${first} of ${n} (${pct(first / n)}) | ≥ 95% |`);
  console.log(`| pasted paper in the top 10 | ${inTop} of ${n} (${pct(inTop / n)}) | — |`);
  console.log(
    `| other results sharing an arXiv category (precision@10) | ${shared} of ${others} (${(shared / others).toFixed(3)}) | ≥ 0.8 |`,
  );
  console.log(
    `| latency p50 / p95 / max | ${percentile(ms, 0.5).toFixed(0)} / ${percentile(ms, 0.95).toFixed(0)} / ${ms.at(-1)!.toFixed(0)} ms | p50 ≤ 300 ms |`,
  );
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      papers: { type: "string", default: "200" },
      seed: { type: "string", default: "42" },
      app: { type: "string" },
      limit: { type: "string" },
      help: { type: "boolean" },
    },
    allowPositionals: true,
  });
  const source = positionals[0];
  if (!source || values.help || !existsSync(source)) throw new Error(USAGE);
  const papers = Number(values.papers);
  const seed = Number(values.seed);
  if (!Number.isInteger(papers) || papers < 1 || !Number.isInteger(seed)) throw new Error(USAGE);
  const isDataDir = statSync(source).isDirectory();
  const tmp = isDataDir ? null : mkdtempSync(path.join(os.tmpdir(), "paperboard-similar-"));
  const dataDir = path.resolve(tmp ?? source);
  let started: BenchApp | undefined;
  try {
    if (!values.app) started = await startBenchApp(dataDir, null);
    if (tmp) await ingestIntoBenchApp(started!, source, values.limit);
    process.env.DATA_DIR = dataDir;
    delete process.env.DATABASE_FILE;
    delete process.env.DATABASE_URL;
    resetEnvCache();
    report(await measure(values.app ?? started!.url, papers, seed), `${source} (seed ${seed})`);
  } finally {
    await started?.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
