// Nobody but the owner reads DATA_DIR: a new one is created private, and an install made before that
// (world-readable directory, database and secrets) is tightened by the start-up every CLI runs.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase } from "@/lib/db/setup";
import { resetEnvCache } from "@/lib/env";
import { openRuntime } from "@/lib/runtime";

let root: string;
const saved = {
  DATA_DIR: process.env.DATA_DIR,
  DATABASE_FILE: process.env.DATABASE_FILE,
  MEILI_URL: process.env.MEILI_URL,
  MEILI_MASTER_KEY: process.env.MEILI_MASTER_KEY,
};

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "paperboard-modes-"));
});
afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvCache();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

/** Starts up on dataDir the way `npm start` and `npm run ingest` do, writes once, and closes. */
async function startOn(dataDir: string): Promise<void> {
  process.env.DATA_DIR = dataDir;
  delete process.env.DATABASE_FILE;
  // A search server that is never contacted here: only the database and the data dir are under test.
  process.env.MEILI_URL = "http://127.0.0.1:9";
  process.env.MEILI_MASTER_KEY = "unused";
  resetEnvCache();
  const runtime = await openRuntime({ search: "optional" });
  await runtime.db.appState.upsert({
    where: { key: "probe" },
    create: { key: "probe", value: "1" },
    update: { value: "2" },
  });
  // The WAL and its index exist while a connection is open: check them before closing.
  expect([mode(path.join(dataDir, "paperboard.db-wal")), mode(path.join(dataDir, "paperboard.db-shm"))]).toEqual([
    "600",
    "600",
  ]);
  await runtime.close();
}

describe("DATA_DIR", () => {
  it("is created private, with the database readable by its owner only", async () => {
    const dataDir = path.join(root, "fresh", "data");
    await startOn(dataDir);
    expect(mode(dataDir)).toBe("700");
    expect(mode(path.join(dataDir, "paperboard.db"))).toBe("600");
  });

  it("of an existing install is tightened at start: directory, database files and secrets", async () => {
    const dataDir = path.join(root, "old");
    mkdirSync(path.join(dataDir, "meilisearch"), { recursive: true });
    await prepareDatabase(path.join(dataDir, "paperboard.db"));
    chmodSync(path.join(dataDir, "paperboard.db"), 0o644); // as SQLite creates it by default
    const db = new Database(path.join(dataDir, "paperboard.db"));
    db.exec(`INSERT INTO "AppState" ("key", "value") VALUES ('old', '')`); // creates the WAL, 0644 like the database
    const files = [
      "paperboard.db",
      "paperboard.db-wal",
      "paperboard.db-shm",
      "auth-secret",
      "app-secret",
      "meilisearch/meili-master-key",
    ];
    for (const secret of files.slice(3)) writeFileSync(path.join(dataDir, secret), "s".repeat(40));
    for (const file of files) chmodSync(path.join(dataDir, file), 0o644);
    for (const dir of [dataDir, path.join(dataDir, "meilisearch")]) chmodSync(dir, 0o755);
    expect(mode(path.join(dataDir, "paperboard.db-wal"))).toBe("644");

    // The old install's process is still running (its connection holds the WAL open) while the new one starts.
    await startOn(dataDir);
    db.close();
    expect([mode(dataDir), mode(path.join(dataDir, "meilisearch"))]).toEqual(["700", "700"]);
    for (const file of ["paperboard.db", ...files.slice(3)])
      expect([file, mode(path.join(dataDir, file))]).toEqual([file, "600"]);
  });
});
