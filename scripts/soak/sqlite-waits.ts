// Measures what a write costs the event loop (better-sqlite3 is synchronous): (1) waiting for the write
// lock while another process holds it (as an ingest batch does), with N writes arriving through the
// Prisma client — how long the loop was held and how long the writes took; (2) one commit's own
// synchronous time with synchronous=FULL (an fsync per commit) and NORMAL. Run:
//   node --conditions=react-server --import tsx scripts/soak/sqlite-waits.ts [--writers 8] [--hold-ms 1000]
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/db/generated/client";
import { prepareDatabase } from "@/lib/db/setup";
import { createSqliteAdapter } from "@/lib/db/sqlite-adapter";

const { values } = parseArgs({
  options: { writers: { type: "string", default: "8" }, "hold-ms": { type: "string", default: "1000" } },
});
const writers = Number(values.writers);
const holdMs = Number(values["hold-ms"]);

const variants: [string, (file: string) => SqlDriverAdapterFactory][] = [
  ["adapter as shipped: 5 s busy timeout, deferred BEGIN", (file) => new PrismaBetterSqlite3({ url: `file:${file}` })],
  ["ours with a 5 ms sync wait before the async retries", (file) => createSqliteAdapter(file, { syncBusyWaitMs: 5 })],
  ["ours as shipped: no sync wait, async retries only", (file) => createSqliteAdapter(file)],
];

async function measure(makeAdapter: (file: string) => SqlDriverAdapterFactory) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "paperboard-busy-"));
  const file = path.join(dir, "busy.db");
  await prepareDatabase(file);
  const db = new PrismaClient({ adapter: makeAdapter(file), transactionOptions: { maxWait: 60_000 } });
  await db.appState.create({ data: { key: "warm", value: "" } });
  const holder = holdLockElsewhere(file);
  const exited = once(holder, "exit");
  await once(holder.stdout, "data"); // it holds the lock now
  let last = performance.now();
  let longest = 0;
  let total = 0;
  const ticker = setInterval(() => {
    const gap = performance.now() - last;
    longest = Math.max(longest, gap);
    if (gap > 10) total += gap - 5;
    last = performance.now();
  }, 5);
  const started = performance.now();
  const outcomes = await Promise.allSettled(
    Array.from({ length: writers }, (_, i) => db.appState.create({ data: { key: `w${i}`, value: "" } })),
  );
  const elapsed = performance.now() - started;
  const lastGap = performance.now() - last; // a loop held to the end never ran the ticker
  longest = Math.max(longest, lastGap);
  if (lastGap > 10) total += lastGap - 5;
  clearInterval(ticker);
  await exited;
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
  const failed = outcomes.filter((o) => o.status === "rejected").length;
  return { longest, total, elapsed, failed };
}

/** Another process: BEGIN IMMEDIATE, one write, hold for holdMs, COMMIT; says "locked" once it holds the lock. */
function holdLockElsewhere(file: string) {
  const script = `const db = new (require("better-sqlite3"))(process.argv[1]);
db.exec("BEGIN IMMEDIATE"); db.prepare("INSERT INTO AppState (key, value) VALUES ('held', '')").run();
process.stdout.write("locked\\n"); setTimeout(() => { db.exec("COMMIT"); db.close(); }, ${holdMs});`;
  return spawn(process.execPath, ["-e", script, file], { stdio: ["ignore", "pipe", "inherit"] });
}

console.log(`${writers} writes while another process holds the write lock for ${holdMs} ms\n`);
console.log("| variant | longest event-loop stall | event loop held, total | all writes done after | failed writes |");
console.log("|---|---|---|---|---|");
for (const [name, make] of variants) {
  const r = await measure(make);
  console.log(
    `| ${name} | ${r.longest.toFixed(0)} ms | ${r.total.toFixed(0)} ms | ${r.elapsed.toFixed(0)} ms | ${r.failed} |`,
  );
}

/** Synchronous time of one small commit (an upvote's size) in WAL mode, per `synchronous` setting. */
function commitCost(mode: "FULL" | "NORMAL") {
  const dir = mkdtempSync(path.join(process.cwd(), ".sqlite-waits-"));
  const db = new Database(path.join(dir, "commits.db"));
  try {
    db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${mode}`);
    db.exec("CREATE TABLE vote (user TEXT, paper TEXT, PRIMARY KEY (user, paper))");
    const insert = db.prepare("INSERT OR REPLACE INTO vote VALUES (?, ?)");
    const times = Array.from({ length: 300 }, (_, i) => {
      const started = performance.now();
      insert.run(`u${i % 7}`, `p${i}`);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    return { p50: times[150]!, p99: times[297]!, max: times[299]! };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// On the project's own disk (not /tmp, which may be memory): that is where DATA_DIR lives by default.
console.log("\n300 single-row commits, WAL mode, on the disk of the working directory\n");
console.log("| synchronous | p50 | p99 | max |");
console.log("|---|---|---|---|");
for (const mode of ["FULL", "NORMAL"] as const) {
  const c = commitCost(mode);
  console.log(
    `| ${mode}${mode === "NORMAL" ? " (ours)" : " (SQLite's default)"} | ${c.p50.toFixed(2)} ms | ${c.p99.toFixed(2)} ms | ${c.max.toFixed(2)} ms |`,
  );
}
