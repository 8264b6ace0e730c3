// `npm run bench:pages -- [--corpus <file.jsonl.gz> --limit N] [--instances N] [--requests N] [--concurrency 16]`:
// starts the production app (building it when stale) on a fresh data dir with the seed digest (and
// optionally the first N corpus papers) — or, with `--url A --url B`, uses running instances round-robin;
// with `--instances 2`, starts two instances on one database and one Meilisearch (scripts/bench/instances.ts)
// and measures the first alone, then both round-robin — then measures requests/s of every cached kind —
// `/`, a topic page, a paper page, `/topics`, `/status` and the trending and topic feeds —, `/` as a
// signed-in reader with JavaScript (the cached copy, plus the reader's own state as JSON) and without it
// (rendered per request), each cached kind against a static file of the same size on the wire served by
// the same server (scripts/bench/static-match.ts) and against a small static file, in alternating rounds.
// `--floor` adds a bare App Router app built with the same next and react: its cached page against the
// same small static file, served by that app in the same rounds — the framework's own ratio.
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { READER_COOKIE } from "@/lib/cache/reader-cookie";
import { ingestIntoBenchApp, startBenchApp, type BenchApp } from "./bench/app";
import { residentMemory, startBenchInstances, webCpuMs, type BenchInstances } from "./bench/instances";
import { FLOOR_STATIC_FILE, startFrameworkFloor, type FloorApp } from "./bench/framework-floor";
import { runLoad, summarize, type LoadResult, type Summary } from "./bench/load";
import { closestInSize, listStaticCandidates, type StaticFile } from "./bench/static-match";

const USAGE =
  "usage: npm run bench:pages -- [--corpus <file.jsonl.gz> --limit N | --url http://host:port ...] [--instances N] [--requests N] [--concurrency 16] [--floor]";
const ROUNDS = 3;
const STATIC_FILE = "/manifest.webmanifest";
/** What a browser sends: pages are gzipped per response by Next, and that cost belongs in the figure. */
const BROWSER = { "accept-encoding": "gzip, deflate, br", accept: "text/html" };
/** What a feed reader sends on a first fetch: no validators, so the cached copy answers. */
const FEED_READER = {
  "accept-encoding": "gzip, deflate, br",
  accept: "application/rss+xml, application/atom+xml, application/feed+json",
};
/**
 * A real reader's session: signed up through better-auth's own endpoint, so the per-request render
 * and the state request look a session up and find one, as they do for a reader.
 */
async function sessionCookie(base: string): Promise<{ cookie: string }> {
  const response = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({
      name: "Bench Reader",
      email: `bench-reader-${Date.now()}@example.org`,
      password: "bench-reader-password-1",
    }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session_token="));
  if (!response.ok || !session) throw new Error(`sign-up for the bench reader failed: HTTP ${response.status}`);
  return { cookie: session.split(";")[0]! };
}

/**
 * `baseline`: the small static file; `sized`: a static file some cached kind is compared with (of its
 * size); `match`: that file, for a cached kind; `floor`: the bare app's.
 */
type Target = {
  name: string;
  path: string;
  headers: Record<string, string>;
  cached: boolean;
  baseline?: "small";
  sized?: boolean;
  match?: Target;
  floor?: boolean;
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: "string" },
      limit: { type: "string" },
      url: { type: "string", multiple: true },
      requests: { type: "string", default: "3000" },
      concurrency: { type: "string", default: "16" },
      floor: { type: "boolean", default: false },
      instances: { type: "string", default: "1" },
    },
  });
  const requests = Number(values.requests);
  const concurrency = Number(values.concurrency);
  const urls = (values.url ?? []).map((u) => new URL(u).origin);
  const instanceCount = Number(values.instances);
  if (
    !(requests > 0 && concurrency > 0 && Number.isInteger(instanceCount) && instanceCount >= 1) ||
    (values.limit && !values.corpus) ||
    (urls.length > 0 && (values.corpus || instanceCount > 1))
  )
    throw new Error(USAGE);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "paperboard-bench-pages-"));
  let app: BenchApp | undefined;
  let several: BenchInstances | undefined;
  let floor: FloorApp | undefined;
  try {
    if (values.floor) floor = await startFrameworkFloor(process.cwd());
    // Running instances (several: requests go round-robin), or an app of our own on a fresh data dir.
    if (instanceCount > 1) {
      several = await startBenchInstances(tmp, instanceCount, { corpus: values.corpus, limit: values.limit });
      console.error(
        `${instanceCount} instances on one database and one Meilisearch, pids ${several.instances.map((i) => i.pid).join(", ")}`,
      );
    } else if (urls.length === 0) {
      app = await startBenchApp(tmp, null);
      if (values.corpus) await ingestIntoBenchApp(app, values.corpus, values.limit);
    }
    const origins = several ? several.instances.map((i) => i.url) : urls.length > 0 ? urls : [app!.url];
    const base = origins[0]!;
    const topic = await largestTopic(base);
    const SESSION_COOKIE = await sessionCookie(base);
    const READER_COOKIES = `${SESSION_COOKIE.cookie}; ${READER_COOKIE}=benchreader0001`;
    const stateIds = await paperIdsOf(base);
    const paper = await firstPaperPath(base);
    const targets: Target[] = [
      { name: "`/` (cached)", path: "/", headers: BROWSER, cached: true },
      { name: `\`/topics/${topic.slug}\` (cached)`, path: `/topics/${topic.slug}`, headers: BROWSER, cached: true },
      // The seed's weekend: a cached page with no cards, i.e. the cache path's fixed cost per request.
      { name: "`/?date=2026-03-14` (cached, no papers)", path: "/?date=2026-03-14", headers: BROWSER, cached: true },
      // A signed-in reader with JavaScript: the cached copy, then one small request for their own state.
      { name: "`/` signed in (cached copy)", path: "/", headers: { ...BROWSER, cookie: READER_COOKIES }, cached: true },
      {
        name: `\`/api/me/state\` (the ${stateIds.length} ids of \`/\`)`,
        path: `/api/me/state?ids=${stateIds.join(",")}`,
        headers: { ...BROWSER, cookie: READER_COOKIES },
        cached: false,
      },
      // A signed-in reader without JavaScript: rendered per request.
      {
        name: "`/` signed in, no JavaScript (per request)",
        path: "/",
        headers: { ...BROWSER, ...SESSION_COOKIE },
        cached: false,
      },
      {
        name: `\`/topics/${topic.slug}\` signed in, no JavaScript`,
        path: `/topics/${topic.slug}`,
        headers: { ...BROWSER, ...SESSION_COOKIE },
        cached: false,
      },
      { name: `static \`${STATIC_FILE}\``, path: STATIC_FILE, headers: BROWSER, cached: false, baseline: "small" },
      // The other cached pages: a paper, the topic index, the status page.
      { name: "a paper page (cached)", path: paper, headers: BROWSER, cached: true },
      { name: "`/topics` (cached)", path: "/topics", headers: BROWSER, cached: true },
      { name: "`/status` (cached)", path: "/status", headers: BROWSER, cached: true },
      // The public feeds, as a feed reader polls them the first time (no validators).
      ...["trending.rss", "trending.atom", "trending.json", `topics/${topic.slug}.rss`].map((file) => ({
        name: `\`/feeds/${file}\` (cached)`,
        path: `/feeds/${file}`,
        headers: FEED_READER,
        cached: true,
      })),
      ...(floor
        ? [
            { name: "floor: bare App Router page (cached)", path: "/", headers: BROWSER, cached: true, floor: true },
            {
              name: `floor: static \`${FLOOR_STATIC_FILE}\``,
              path: FLOOR_STATIC_FILE,
              headers: BROWSER,
              cached: false,
              floor: true,
            },
          ]
        : []),
    ];
    // The web processes' CPU per request (when this bench started them): what more cores would divide.
    const apps = several?.instances ?? (app ? [app] : []);
    const cpu = apps.length > 0 ? () => webCpuMs(apps) : undefined;
    const measure = (on: string[]) => measureOn(on, targets, floor, { requests, concurrency, topic, cpu, base, paper });
    if (several) {
      console.log(`\n### One instance (${origins[0]})`);
      await measure(origins.slice(0, 1));
      console.log(`\n### ${origins.length} instances, requests round-robin`);
    }
    await measure(origins);
    if (several) console.log(`\n${residentMemory(several.instances)}`);
  } finally {
    await several?.stop();
    await app?.stop();
    floor?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Warms each target on every origin, then loads them in alternating rounds and prints the table. */
async function measureOn(
  origins: string[],
  targets: Target[],
  floor: FloorApp | undefined,
  run: {
    requests: number;
    concurrency: number;
    topic: { slug: string; paperCount: number };
    cpu?: () => number;
    base: string;
    paper: string;
  },
): Promise<void> {
  let turn = 0;
  const origin = (t: Target) => (t.floor ? floor!.origin : origins[turn++ % origins.length]!);
  const agent = new http.Agent({ keepAlive: true, maxSockets: run.concurrency });
  const sizes = new Map<Target, number>();
  // Every instance is warmed (with a shared page cache, the first fills it for all).
  for (const t of targets)
    for (let i = 0; i < (t.floor ? 1 : origins.length); i += 1) sizes.set(t, await warm(origin(t), t, agent));
  // Each cached kind against a static file of its size, served in the same rounds (matched once: a
  // second call, on more instances, reuses the files the first chose).
  const candidates = await listStaticCandidates(
    run.base,
    ["/", run.paper, "/topics", "/status"],
    async (p) => (await get(`${run.base}${p}`, BROWSER, agent)).bytes,
  );
  const statics = new Map<StaticFile, Target>();
  for (const t of targets.filter((x) => x.cached && !x.floor && !x.match)) {
    const file = closestInSize(sizes.get(t)!, candidates);
    if (!statics.has(file)) {
      const stat: Target = {
        name: `static \`${file.path}\``,
        path: file.path,
        headers: BROWSER,
        cached: false,
        sized: true,
      };
      statics.set(file, stat);
      targets.push(stat);
      for (let i = 0; i < origins.length; i += 1) sizes.set(stat, await warm(origin(stat), stat, agent));
    }
    t.match = statics.get(file);
  }
  const runs = new Map<Target, LoadResult[]>(targets.map((t) => [t, []]));
  const cpuMs = new Map<Target, number>();
  const failures = new Map<string, number>();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const t of targets) {
      const cpuBefore = run.cpu?.() ?? 0;
      const send = () =>
        get(`${origin(t)}${t.path}`, t.headers, agent).then(
          (r) => r.status === 200 || count(failures, `${t.path}: HTTP ${r.status}`),
          (error: Error) => count(failures, `${t.path}: ${error.message}`),
        );
      runs.get(t)!.push(await runLoad({ total: Math.ceil(run.requests / ROUNDS), concurrency: run.concurrency, send }));
      if (run.cpu) cpuMs.set(t, (cpuMs.get(t) ?? 0) + run.cpu() - cpuBefore);
    }
  }
  agent.destroy();
  printTable(
    run,
    targets.map((t) => ({ target: t, bytes: sizes.get(t)!, summary: summarize(runs.get(t)!), cpuMs: cpuMs.get(t) })),
  );
  for (const [reason, n] of failures) console.log(`- ${n} × ${reason}`);
}

function count(failures: Map<string, number>, reason: string): false {
  failures.set(reason, (failures.get(reason) ?? 0) + 1);
  return false;
}

type Reply = { status: number; bytes: number; cache: string | undefined };

/** One GET on a kept-alive connection; the body is counted, not decoded (gzip stays the server's cost). */
function get(url: string, headers: Record<string, string>, agent: http.Agent): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent, timeout: 10_000 }, (res) => {
      let bytes = 0;
      res.on("data", (chunk: Buffer) => (bytes += chunk.length));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, bytes, cache: res.headers["x-nextjs-cache"] as string | undefined }),
      );
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", reject);
  });
}

/** Fills the cache and checks each target is what its row claims (a cached page answers HIT). */
async function warm(base: string, t: Target, agent: http.Agent): Promise<number> {
  let reply: Reply | undefined;
  for (let i = 0; i < 3; i += 1) reply = await get(`${base}${t.path}`, t.headers, agent);
  if (reply!.status !== 200) throw new Error(`${t.path} answered ${reply!.status}`);
  if (t.cached !== (reply!.cache === "HIT"))
    throw new Error(
      `${t.name}: expected ${t.cached ? "a cache HIT" : "no cache"}, got x-nextjs-cache ${reply!.cache ?? "(none)"}`,
    );
  return reply!.bytes;
}

/** The first paper `/` links to. */
async function firstPaperPath(base: string): Promise<string> {
  const slug = /href="\/papers\/([a-z0-9-]{1,200})"/.exec(await (await fetch(`${base}/`)).text())?.[1];
  if (!slug) throw new Error("`/` links to no paper");
  return `/papers/${slug}`;
}

/** The paper ids whose buttons `/` shows: what a reader's browser asks /api/me/state about. */
async function paperIdsOf(base: string): Promise<string[]> {
  const html = await (await fetch(`${base}/`)).text();
  const ids = new Set<string>();
  for (const match of html.matchAll(/name="paperId" value="([A-Za-z0-9_-]{1,200})"/g)) ids.add(match[1]!);
  if (ids.size === 0) throw new Error("`/` shows no paper buttons");
  return [...ids];
}

async function largestTopic(base: string): Promise<{ slug: string; paperCount: number }> {
  const { topics } = (await (await fetch(`${base}/api/topics`)).json()) as {
    topics: { slug: string; paperCount: number }[];
  };
  const top = [...topics].sort((a, b) => b.paperCount - a.paperCount)[0];
  if (!top) throw new Error("no topics");
  return top;
}

/** `cpuMs`: the web processes' CPU time over the target's requests (when known). */
type Row = { target: Target; bytes: number; summary: Summary; cpuMs?: number };

function printTable(run: { topic: { slug: string; paperCount: number }; concurrency: number }, rows: Row[]): void {
  const small = rows.find((r) => r.target.baseline === "small")!.summary.rps;
  const rps = new Map(rows.map((r) => [r.target, r.summary.rps]));
  const bytes = new Map(rows.map((r) => [r.target, r.bytes]));
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  console.log(
    `\n${run.concurrency} concurrent clients (keep-alive, gzip accepted), ${ROUNDS} alternating rounds; topic page: ${run.topic.slug} (${run.topic.paperCount} papers); ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}.\n`,
  );
  const pct = (n: number) => `${(n * 100).toFixed(0)}%`;
  console.log(
    "| target | body (gzip) | requests | errors | p50 | p95 | throughput | web CPU / request | ÷ small static | ÷ static file of its size |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const { target, bytes: size, summary: s, cpuMs } of rows) {
    const cpu = cpuMs === undefined || target.floor ? "—" : ms(cpuMs / s.requests);
    const match = target.match;
    const sized = match ? `${pct(s.rps / rps.get(match)!)} (${kb(bytes.get(match)!)})` : "";
    console.log(
      `| ${target.name} | ${kb(size)} | ${s.requests} | ${s.errors} | ${ms(s.p50)} | ${ms(s.p95)} | ${s.rps.toFixed(0)} req/s | ${cpu} | ${pct(s.rps / small)} | ${sized} |`,
    );
  }
  const floorPage = rows.find((r) => r.target.floor && r.target.cached);
  const floorStatic = rows.find((r) => r.target.floor && !r.target.cached);
  if (floorPage && floorStatic) {
    console.log(
      `\nFramework floor: the bare app's cached page serves ${pct(floorPage.summary.rps / floorStatic.summary.rps)} of its own small static file's requests/s.`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
