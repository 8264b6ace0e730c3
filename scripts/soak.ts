// `npm run soak -- [--minutes 10] [--clients 32] [--corpus F] [--papers 20000] [--think-ms 500] [--out F] [--keep]`
// (--out F also writes the web process's whole error output to F.app-errors.log)
// Starts the app as `npm start` does on a fresh DATA_DIR, ingests a 20k-paper corpus beside it with
// `npm run ingest`, and runs mixed traffic from N clients for the given minutes; reports unexpected
// errors, p50/p99 per route, req/s and the memory of the app and Meilisearch. Exits 1 unless clean.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { seededRandom } from "@/lib/domain/seeded-random";
import { startBenchApp } from "./bench/app";
import { envFor, runCli } from "./soak/cli";
import { writeSoakCorpus } from "./soak/corpus";
import { startMemorySampler } from "./soak/memory";
import { soakReport } from "./soak/report";
import { createRecorder } from "./soak/stats";
import { browserSteps, type Pools, readerSteps, runClient, searcherSteps } from "./soak/traffic";
import { postAction, readActionIds, requireActionId, signUp, visitor } from "./soak/visitor";

/**
 * Added to the app's environment (and the ingest's). TRUST_PROXY=1: each client's X-Forwarded-For is
 * its address, so per-client limits see N clients, not one. Every per-endpoint limit is set high: the
 * soak measures the app, not its limiter (a variable this version does not know is ignored).
 */
const HIGH = "100000000";
const SOAK_ENV: Record<string, string> = {
  TRUST_PROXY: "1",
  ...Object.fromEntries(
    ["SEARCH", "SIMILAR", "EXPORT", "IMAGE", "AUTH"].flatMap((c) => [
      [`${c}_RATE_LIMIT_PER_MINUTE`, HIGH],
      [`${c}_RATE_LIMIT_BURST`, HIGH],
    ]),
  ),
  SUBSCRIBE_LIMIT_PER_IP: HIGH,
};

const OPTIONS = {
  minutes: { type: "string", default: "10" },
  clients: { type: "string", default: "32" },
  corpus: { type: "string" },
  papers: { type: "string", default: "20000" },
  "think-ms": { type: "string", default: "500" },
  out: { type: "string" },
  keep: { type: "boolean", default: false },
} as const;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: OPTIONS });
  const [minutes, clients, papers, thinkMs] = [values.minutes, values.clients, values.papers, values["think-ms"]].map(
    Number,
  ) as [number, number, number, number];
  if (![minutes, clients, papers, thinkMs].every((n) => Number.isFinite(n) && n >= 0) || clients < 3 || minutes <= 0) {
    console.error(
      "usage: npm run soak -- [--minutes 10] [--clients 32] [--corpus F] [--papers 20000] [--think-ms 500] [--out F] [--keep]",
    );
    return 2;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), "paperboard-soak-"));
  const corpus = values.corpus ?? path.join(tmp, "soak-corpus.jsonl.gz");
  if (!values.corpus) await writeSoakCorpus(corpus, papers);
  const appErrorLines: string[] = [];
  const onStderr = (text: string) => appErrorLines.push(...text.split("\n").filter((l) => l.trim() !== ""));
  console.log(`soak: starting the app on ${path.join(tmp, "data")} (builds first when the build is stale)…`);
  Object.assign(process.env, SOAK_ENV);
  const app = await startBenchApp(path.join(tmp, "data"), null, { onStderr });
  try {
    const signedIn = Math.round(clients * 0.375);
    const searching = Math.round(clients * 0.25);
    const browsing = clients - signedIn - searching;
    const pools = await loadPools(app.url);
    const actions = readActionIds();
    const readers = await Promise.all(
      Array.from({ length: signedIn }, (_, i) => setUpReader(app.url, i, pools, actions)),
    );
    const recorder = createRecorder();
    const memory = startMemorySampler(app.pid, 5_000);
    const load = { start: os.loadavg()[0] ?? 0, end: 0 };
    console.log(`soak: ${clients} clients for ${minutes} min, ingesting ${corpus} beside them…`);
    const started = performance.now();
    const ingest = runCli("scripts/ingest.ts", [corpus], envFor(app), ["--max-old-space-size=192"]).then((r) => ({
      ...r,
      seconds: (performance.now() - started) / 1000,
    }));
    const deadline = Date.now() + minutes * 60_000;
    const done = () => Date.now() >= deadline;
    const address = (group: number, i: number) => `10.${60 + group}.${Math.floor(i / 250)}.${(i % 250) + 1}`;
    await Promise.all([
      ...Array.from({ length: browsing }, (_, i) =>
        runClient(
          100 + i,
          browserSteps(recorder, visitor(app.url, address(0, i)), pools, seededRandom(i)),
          thinkMs,
          done,
        ),
      ),
      ...Array.from({ length: searching }, (_, i) =>
        runClient(
          200 + i,
          searcherSteps(recorder, visitor(app.url, address(1, i)), pools, seededRandom(i)),
          thinkMs,
          done,
        ),
      ),
      ...readers.map((reader, i) =>
        runClient(300 + i, readerSteps(recorder, reader, pools, seededRandom(i), actions), thinkMs, done),
      ),
    ]);
    const seconds = (performance.now() - started) / 1000;
    memory.stop();
    load.end = os.loadavg()[0] ?? 0;
    const ingested = await ingest;
    const summary =
      ingested.output.split("\n").find((l) => l.includes(" papers, ")) ??
      ingested.output.trim().split("\n").at(-1) ??
      "";
    const { markdown, passed } = soakReport(
      {
        minutes,
        clients: { browsing, searching, signedIn },
        thinkMs,
        seconds,
        load,
        ingest: {
          corpus: values.corpus ?? `${papers} generated papers`,
          seconds: ingested.seconds,
          code: ingested.code,
          summary,
        },
        appErrorLines,
        memory: memory.samples,
      },
      recorder,
    );
    console.log(`\n${markdown}\n`);
    if (values.out) {
      writeFileSync(values.out, `${markdown}\n`);
      writeFileSync(`${values.out}.app-errors.log`, `${appErrorLines.join("\n")}\n`);
    }
    return passed ? 0 : 1;
  } finally {
    await app.stop();
    if (values.keep) console.log(`soak: kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

/** Papers and topics to visit, from the app's own JSON API (the seed digest is there from the first start). */
async function loadPools(base: string): Promise<Pools> {
  const { papers } = (await (await fetch(`${base}/api/papers?limit=100`)).json()) as {
    papers: { id: string; slug: string }[];
  };
  const { topics } = (await (await fetch(`${base}/api/topics`)).json()) as { topics: { slug: string }[] };
  return {
    paperIds: papers.map((p) => p.id),
    paperSlugs: papers.map((p) => p.slug),
    topicSlugs: topics.map((t) => t.slug),
  };
}

/** A signed-in reader: an account, a followed topic, and that follow's private feed URL. */
async function setUpReader(base: string, i: number, pools: Pools, actions: Map<string, string>) {
  const reader = await signUp(
    visitor(base, `10.70.0.${i + 1}`),
    `soak-reader-${i}@example.test`,
    `soak reader password ${i}`,
  );
  const topic = pools.topicSlugs[i % pools.topicSlugs.length]!;
  await postAction(reader, "/follows", requireActionId(actions, "lib/actions/follows.ts#followAction"), {
    kind: "topic",
    target: topic,
    label: topic,
    returnTo: "/follows",
  });
  const page = await (
    await fetch(`${base}/follows`, { headers: { cookie: reader.cookie, "x-forwarded-for": reader.address } })
  ).text();
  const feed = /\/feeds\/follows\/[A-Za-z0-9_-]{1,100}\.[A-Za-z0-9_-]{1,100}\.atom/.exec(page)?.[0];
  if (!feed) throw new Error(`reader ${i}: no follow feed on /follows`);
  return { ...reader, followFeed: feed };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`soak: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
