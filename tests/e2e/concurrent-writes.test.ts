// Readers' writes while a big ingest runs: 8 signed-in visitors vote and bookmark through the running
// app while `npm run ingest` (another process on the same DATA_DIR) writes 20,000 papers. No write may
// fail, no ingest batch may fail, every write must be in the database afterwards, and the app must keep
// answering: /api/health p99 under 200 ms.
import { statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/domain/seeded-random";
import { percentile } from "../../scripts/bench/load";
import { envFor, runCli } from "../../scripts/soak/cli";
import { writeSoakCorpus } from "../../scripts/soak/corpus";
import { postAction, readActionIds, requireActionId, signUp, visitor, type Visitor } from "../../scripts/soak/visitor";
import { startApp, type AppServer } from "../setup/app-server";

const PAPERS = 20_000;
const CLIENTS = 8;
let app: AppServer;
let corpus: string;

beforeAll(async () => {
  // TRUST_PROXY: each visitor's X-Forwarded-For is its address once the app trusts a proxy hop.
  app = await startApp({ TRUST_PROXY: "1" });
  corpus = path.join(app.dataDir, "soak-corpus.jsonl.gz");
  await writeSoakCorpus(corpus, PAPERS);
}, 240_000);
afterAll(async () => {
  await app?.stop();
});

type Intent = Map<string, boolean>; // "vote:<paperId>" | "bookmark:<paperId>" → the state last set

/** Toggles votes and bookmarks on the seed papers until `done`, pausing 100–600 ms between clicks as a
 *  brisk reader would (8 clients in a closed loop would measure a saturated CPU, not the database);
 *  returns what it last set and what failed. */
async function writer(v: Visitor, seed: number, paperIds: string[], done: () => boolean, intent: Intent = new Map()) {
  const ids = readActionIds();
  const actions = {
    vote: requireActionId(ids, "lib/actions/bookmarks.ts#upvoteFormAction"),
    bookmark: requireActionId(ids, "lib/actions/bookmarks.ts#bookmarkFormAction"),
  };
  const random = seededRandom(seed);
  const failures: string[] = [];
  let writes = 0;
  while (!done()) {
    const kind = random() < 0.5 ? "vote" : "bookmark";
    const paperId = paperIds[Math.floor(random() * paperIds.length)]!;
    const on = !intent.get(`${kind}:${paperId}`);
    const res = await postAction(v, "/", actions[kind], { paperId, on: String(on), returnTo: "/" });
    writes += 1;
    if (res.status === 303 && res.headers.get("location") === "/") intent.set(`${kind}:${paperId}`, on);
    else failures.push(`${kind} ${paperId} → ${res.status}`);
    await res.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 100 + 500 * random()));
  }
  return { intent, failures, writes };
}

async function probeHealth(done: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!done()) {
    const started = performance.now();
    const res = await fetch(`${app.url}/api/health`);
    await res.arrayBuffer();
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return latencies;
}

describe("votes and bookmarks during a 20k-paper ingest", () => {
  it("all land, the ingest loses no batch, and the app keeps answering", async () => {
    const { papers } = (await (await fetch(`${app.url}/api/papers?limit=50`)).json()) as { papers: { id: string }[] };
    expect(papers.length).toBeGreaterThanOrEqual(20);
    const paperIds = papers.map((p) => p.id);
    const visitors = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) =>
        signUp(visitor(app.url, `10.77.0.${i + 1}`), `writer${i}@example.test`, `correct horse battery ${i}`),
      ),
    );

    // Warm up first (each reader votes and bookmarks once, and takes it back): the first requests load
    // the action and auth modules, a start-up cost that is not what this test measures.
    let warming = 0;
    const warmed = await Promise.all(
      visitors.map((v, i) => writer(v, 1000 + i, paperIds.slice(0, 1), () => warming++ >= 4 * CLIENTS)),
    );
    expect(warmed.flatMap((w) => w.failures)).toEqual([]);
    let finished = false;
    const done = () => finished;
    // As `npm run ingest` runs it (package.json), memory cap included.
    const ingest = runCli("scripts/ingest.ts", [corpus], envFor(app), ["--max-old-space-size=192"]).finally(
      () => (finished = true),
    );
    const probing = probeHealth(done);
    const writing = Promise.all(visitors.map((v, i) => writer(v, i + 1, paperIds, done, warmed[i]!.intent)));
    const [result, health, writers] = await Promise.all([ingest, probing, writing]);

    expect(result.code, result.output).toBe(0);
    const db = new Database(path.join(app.dataDir, "paperboard.db"), { readonly: true });
    try {
      const run = db.prepare(`SELECT status, created, rejected, error FROM IngestRun ORDER BY id DESC LIMIT 1`).get();
      expect(run).toEqual({ status: "succeeded", created: PAPERS, rejected: 0, error: null });
      expect(writers.flatMap((w) => w.failures)).toEqual([]);
      expect(writers.reduce((n, w) => n + w.writes, 0)).toBeGreaterThanOrEqual(CLIENTS * 10);
      for (const [i, w] of writers.entries()) {
        const userId = (
          db.prepare(`SELECT id FROM User WHERE email = ?`).get(`writer${i}@example.test`) as { id: string }
        ).id;
        const stored = (table: string) =>
          new Set(
            (db.prepare(`SELECT paperId FROM ${table} WHERE userId = ?`).all(userId) as { paperId: string }[]).map(
              (r) => r.paperId,
            ),
          );
        const wanted = (kind: string) =>
          new Set(
            [...w.intent]
              .filter(([key, on]) => on && key.startsWith(`${kind}:`))
              .map(([key]) => key.slice(kind.length + 1)),
          );
        expect(stored("Vote")).toEqual(wanted("vote"));
        expect(stored("Bookmark")).toEqual(wanted("bookmark"));
      }
    } finally {
      db.close();
    }
    const sorted = health.sort((a, b) => a - b);
    console.log(
      `health during the ingest: ${sorted.length} probes, p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms; ${writers.reduce((n, w) => n + w.writes, 0)} writes`,
    );
    expect(percentile(sorted, 99)).toBeLessThan(200);
  }, 600_000);

  it("keep the database private: the file and its WAL readable by the owner only", () => {
    const mode = (file: string) => (statSync(path.join(app.dataDir, file)).mode & 0o777).toString(8);
    expect(["paperboard.db", "paperboard.db-wal", "paperboard.db-shm"].map(mode)).toEqual(["600", "600", "600"]);
    expect(mode(".")).toBe("700");
  });
});
