// npm run bench:recs -- <corpus.jsonl[.gz]> [--runs 20] [--saves 500] [--background 5000] [--month 30000]
// Speed of the learning core at corpus scale, vectors read from a real SQLite file as lib/db would
// store them: training a reader's model (500 saves, 5,000 random papers), and a For-you page
// (score the newest ~30,000 papers, a month of arXiv, keep 50, explain 20). Wall and CPU time.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { decodeVector, encodeLinearModel } from "@/lib/learn/codec";
import { createReaderScorer, trainReaderModel, type ReaderModel } from "@/lib/learn/reader-model";
import { seededRandom } from "@/lib/domain/seeded-random";
import { percentile } from "./bench/load";
import { loadCorpusFeatures } from "./learn/feature-cache";
import { sample } from "./learn/readers";
import { RECOMMENDATION_FEATURES } from "@/lib/learn/recommendation-features";
import { createVectorStore } from "./learn/vector-store";

type Timing = { wall: number; cpu: number };

function timed<T>(work: () => T): { result: T; time: Timing } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = work();
  const cpu = process.cpuUsage(cpu0);
  return { result, time: { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 } };
}

function line(label: string, times: Timing[]): string {
  const walls = times.map((t) => t.wall).sort((a, b) => a - b);
  const cpus = times.map((t) => t.cpu).sort((a, b) => a - b);
  const ms = (x: number) => `${Math.round(x)} ms`;
  return `| ${label} | ${times.length} | ${ms(percentile(walls, 50))} | ${ms(percentile(walls, 95))} | ${ms(walls.at(-1)!)} | ${ms(percentile(cpus, 50))} | ${ms(cpus.at(-1)!)} |`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      runs: { type: "string", default: "20" },
      saves: { type: "string", default: "500" },
      background: { type: "string", default: "5000" },
      month: { type: "string", default: "30000" },
      cache: { type: "string" },
      seed: { type: "string", default: "7" },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file)
    throw new Error(
      "usage: npm run bench:recs -- <corpus.jsonl[.gz]> [--runs 20] [--saves 500] [--background 5000] [--month 30000]",
    );
  const features = await loadCorpusFeatures(file, RECOMMENDATION_FEATURES, values.cache, console.log);
  const dir = mkdtempSync(path.join(tmpdir(), "paperboard-bench-recs-"));
  try {
    const stored = timed(() => createVectorStore(path.join(dir, "vectors.db"), features));
    const store = stored.result;
    const n = features.ids.length;
    console.log(
      `${n} vectors stored in ${(stored.time.wall / 1000).toFixed(1)} s: ${(store.bytes / 2 ** 20).toFixed(0)} MiB of blobs (${Math.round(store.bytes / n)} bytes a paper), file ${(statSync(path.join(dir, "vectors.db")).size / 2 ** 20).toFixed(0)} MiB`,
    );
    const random = seededRandom(Number(values.seed));
    const all = Array.from({ length: n }, (_, i) => i);
    const dated = all
      .filter((i) => features.published[i] !== null)
      .sort((a, b) => (features.published[a]! < features.published[b]! ? -1 : 1));
    const monthStart = features.published[dated[Math.max(0, dated.length - Number(values.month))]!]!;
    const train: Timing[] = [];
    const fit: Timing[] = [];
    const readers: { model: ReaderModel; saves: number[] }[] = [];
    for (let r = 0; r < Number(values.runs); r += 1) {
      const saves = sample(all, Number(values.saves), random);
      const dismissed = sample(all, 20, random);
      const background = sample(all, Number(values.background), random);
      const run = timed(() => {
        const decode = (is: number[]) => store.read(is).map(decodeVector);
        const examples = { positives: decode(saves), dismissed: decode(dismissed), background: decode(background) };
        const t = timed(() => trainReaderModel(examples));
        fit.push(t.time);
        return t.result;
      });
      train.push(run.time);
      readers.push({ model: run.result, saves });
    }
    // A page: the month's stored vectors (from SQLite, or held in memory by the app between ingests),
    // ranked straight from their bytes; the 20 shown explained against the reader's saves.
    const reads: Timing[] = [];
    const ranks: Timing[] = [];
    const explains: Timing[] = [];
    const pages: Timing[] = [];
    let candidates = 0;
    for (const reader of readers) {
      const page = timed(() => {
        const read = timed(() => store.since(monthStart));
        reads.push(read.time);
        candidates = read.result.length;
        const scorer = createReaderScorer(reader.model, features.vocabulary);
        const ranked = timed(() =>
          scorer.rank(
            read.result.map((row) => ({ key: row.index, bytes: row.bytes })),
            50,
          ),
        );
        ranks.push(ranked.time);
        const explained = timed(() => {
          const saved = store.read(reader.saves).map(decodeVector);
          return scorer.explain(store.read(ranked.result.slice(0, 20).map((t) => t.key)).map(decodeVector), saved);
        });
        explains.push(explained.time);
        return explained.result;
      });
      pages.push(page.time);
    }
    const sum = (a: Timing[], b: Timing[]) => a.map((t, i) => ({ wall: t.wall + b[i]!.wall, cpu: t.cpu + b[i]!.cpu }));
    const modelBytes = readers.map((r) => encodeLinearModel(r.model).length);
    console.log(
      `\nnpm run bench:recs -- ${file} --runs ${values.runs} --saves ${values.saves} --background ${values.background} --month ${values.month}\n`,
    );
    console.log(
      "| step | runs | wall p50 | wall p95 | wall max | CPU p50 | CPU max |\n|---|---:|---:|---:|---:|---:|---:|",
    );
    console.log(
      line(
        `train a reader's model: read + decode ${values.saves} saves, 20 dismissed, ${values.background} random papers, then fit`,
        train,
      ),
    );
    console.log(line("… of which the fit alone", fit));
    console.log(
      line(
        `For-you page, all from SQLite: the ${candidates} papers since ${monthStart} scored, 50 kept, 20 explained`,
        pages,
      ),
    );
    console.log(line("… read the month's vectors from SQLite", reads));
    console.log(line("… rank them from their bytes", ranks));
    console.log(line("… explain 20 (read + decode the saves and the 20)", explains));
    console.log(line("For-you page with the month's vectors held in memory (rank + explain)", sum(ranks, explains)));
    console.log(
      `\nA reader's model: ${readers[0]!.model.ids.length} weights, ${Math.round(modelBytes.reduce((s, b) => s + b, 0) / modelBytes.length / 1024)} KiB encoded; L-BFGS iterations ${readers.map((r) => r.model.report.iterations).join(", ")}.`,
    );
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.stack}` : error);
  process.exit(1);
});
