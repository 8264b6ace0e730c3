// npm run bench:for-you -- <corpus.jsonl[.gz]> [--limit N] [--saves 500] [--requests 30]
// `/for-you` through the running production app: starts it on a fresh data dir, ingests the corpus (the
// first N papers), signs in a reader with `--saves` random bookmarks (written to SQLite directly, as an
// import would), then times the first request (fits the vocabulary and stores every paper's vector),
// the first after a new save (retrains the reader's model), and `--requests` warm requests, one at a time.
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { makeSignature } from "better-auth/crypto";
import { loadOrCreateAuthSecret } from "@/lib/auth/secret";
import { seededRandom } from "@/lib/domain/seeded-random";
import { ingestIntoBenchApp, startBenchApp, type BenchApp } from "./bench/app";
import { percentile } from "./bench/load";

const USAGE = "usage: npm run bench:for-you -- <corpus.jsonl[.gz]> [--limit N] [--saves 500] [--requests 30]";

/** A reader with a session and `saves` random bookmarks, straight in SQLite; returns the session cookie and a spare paper to save later. */
async function seedReader(
  dataDir: string,
  saves: number,
): Promise<{ cookie: string; papers: number; spare: string; userId: string }> {
  const db = new Database(path.join(dataDir, "paperboard.db"));
  try {
    const ids = (db.prepare(`SELECT "id" FROM "Paper" ORDER BY "id"`).all() as { id: string }[]).map((r) => r.id);
    const random = seededRandom(17);
    const chosen = new Set<string>();
    while (chosen.size < Math.min(saves + 1, ids.length)) chosen.add(ids[Math.floor(random() * ids.length)]!);
    const [spare, ...saved] = [...chosen];
    const userId = `bench${randomUUID().replace(/-/g, "")}`;
    const token = randomUUID().replace(/-/g, "");
    // Prisma's SQLite adapter stores DateTime as ISO 8601 text by default.
    const now = new Date().toISOString();
    const later = new Date(Date.now() + 86_400_000).toISOString();
    db.prepare(
      `INSERT INTO "User" ("id", "name", "email", "emailVerified", "createdAt", "updatedAt") VALUES (?, 'Bench', ?, 1, ?, ?)`,
    ).run(userId, `${userId}@example.test`, now, now);
    db.prepare(
      `INSERT INTO "Session" ("id", "token", "userId", "expiresAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(randomUUID(), token, userId, later, now, now);
    const insert = db.prepare(
      `INSERT INTO "Bookmark" ("userId", "paperId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`,
    );
    db.transaction(() => saved.forEach((id) => insert.run(userId, id, now, now)))();
    const secret = loadOrCreateAuthSecret(dataDir);
    return {
      cookie: `better-auth.session_token=${encodeURIComponent(`${token}.${await makeSignature(token, secret)}`)}`,
      papers: ids.length,
      spare: spare!,
      userId,
    };
  } finally {
    db.close();
  }
}

async function timedGet(url: string, cookie: string): Promise<{ ms: number; body: string }> {
  const t0 = performance.now();
  const response = await fetch(url, { headers: { cookie, accept: "text/html" }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - t0, body };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      limit: { type: "string" },
      saves: { type: "string", default: "500" },
      requests: { type: "string", default: "30" },
    },
  });
  const corpus = positionals[0];
  if (!corpus) throw new Error(USAGE);
  const tmp = mkdtempSync(path.join(os.tmpdir(), "paperboard-bench-for-you-"));
  let app: BenchApp | undefined;
  try {
    app = await startBenchApp(tmp, null);
    const t0 = performance.now();
    await ingestIntoBenchApp(app, corpus, values.limit, "ignore");
    console.log(`ingested in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    const reader = await seedReader(tmp, Number(values.saves));
    const url = `${app.url}/for-you?period=month`;
    const first = await timedGet(url, reader.cookie);
    if (!first.body.includes("Recommended for you")) throw new Error("the page shows no recommendations");
    const db = new Database(path.join(tmp, "paperboard.db"));
    db.prepare(`INSERT INTO "Bookmark" ("userId", "paperId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`).run(
      reader.userId,
      reader.spare,
      new Date().toISOString(),
      new Date().toISOString(),
    );
    db.close();
    const retrain = await timedGet(url, reader.cookie);
    const warm: number[] = [];
    for (let i = 0; i < Number(values.requests); i += 1) warm.push((await timedGet(url, reader.cookie)).ms);
    warm.sort((a, b) => a - b);
    const ms = (x: number) => `${Math.round(x)} ms`;
    console.log(
      `\n${reader.papers} papers, ${values.saves} saves; ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n`,
    );
    console.log("| request | time |");
    console.log("|---|---:|");
    console.log(
      `| first \`/for-you?period=month\` (fits the vocabulary, stores every paper's vector, trains) | ${ms(first.ms)} |`,
    );
    console.log(`| first after a new save (retrains the reader's model) | ${ms(retrain.ms)} |`);
    console.log(`| warm, ${warm.length} requests one at a time: p50 | ${ms(percentile(warm, 50))} |`);
    console.log(`| warm: p95 | ${ms(percentile(warm, 95))} |`);
  } finally {
    await app?.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `error: ${error.message}` : error);
  process.exit(1);
});
