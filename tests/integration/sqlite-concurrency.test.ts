// The Prisma client beside another writer on the same SQLite file: transactions take the write lock at
// BEGIN (so a read-then-write transaction cannot fail when someone commits in between), and a held lock
// is waited for without freezing the event loop. The other writer is a second connection, as another
// process (an ingest) would be.
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, createTestUser, type TestDb } from "../setup/db";

let t: TestDb;
let other: Database.Database;
let userId: string;

beforeAll(async () => {
  t = await createTestDb();
  userId = await createTestUser(t.db, "writer");
  // timeout 0: this connection reports busy at once instead of waiting, so the tests can see who holds the lock.
  other = new Database(t.file, { timeout: 0 });
});
afterAll(async () => {
  other.close();
  await t.dispose();
});

function insertCollection(name: string): void {
  const now = new Date().toISOString();
  other
    .prepare(`INSERT INTO "Collection" ("userId", "name", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`)
    .run(userId, name, now, now);
}

/** Holds the write lock on the other connection for `ms`, then commits one row (a collection). */
function holdWriteLock(ms: number, name: string): Promise<void> {
  other.exec("BEGIN IMMEDIATE");
  insertCollection(name);
  return new Promise((resolve) =>
    setTimeout(() => {
      other.exec("COMMIT");
      resolve();
    }, ms),
  );
}

/**
 * How often a 5 ms timer fired while `work` ran: a wait that holds the event loop lets it fire at most
 * once, one that yields lets it fire about every 5 ms (fewer on a loaded machine, never almost none).
 */
async function ticksDuring<T>(work: () => Promise<T>): Promise<number> {
  let ticks = 0;
  const ticker = setInterval(() => (ticks += 1), 5);
  try {
    await work();
    return ticks;
  } finally {
    clearInterval(ticker);
  }
}

describe("transactions", () => {
  it("hold the write lock from BEGIN, before their first statement", async () => {
    let release!: () => void;
    let started!: () => void;
    const open = new Promise<void>((resolve) => (started = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const tx = t.db.$transaction(async () => {
      started();
      await gate;
    });
    await open;
    try {
      expect(() => other.exec("BEGIN IMMEDIATE")).toThrow(expect.objectContaining({ code: "SQLITE_BUSY" }));
    } finally {
      if (other.inTransaction) other.exec("ROLLBACK");
      release();
      await tx;
    }
    other.exec("BEGIN IMMEDIATE");
    other.exec("ROLLBACK");
  });

  it("that read, then write after another connection committed, succeed (the other writer waits instead)", async () => {
    let otherResult = "";
    const result = await t.db.$transaction(async (tx) => {
      const before = await tx.collection.count({ where: { userId } });
      try {
        insertCollection("sneaked in");
        otherResult = "committed";
      } catch (error) {
        otherResult = (error as { code?: string }).code ?? "error";
      }
      await tx.collection.create({ data: { userId, name: `after ${before}` } });
      return before;
    });
    expect(otherResult).toBe("SQLITE_BUSY");
    expect(await t.db.collection.count({ where: { userId, name: `after ${result}` } })).toBe(1);
  });

  it("wait for a lock held elsewhere without holding the event loop, then commit", async () => {
    const held = holdWriteLock(400, "held for a batch");
    const ticks = await ticksDuring(() =>
      t.db.$transaction([
        t.db.collection.create({ data: { userId, name: "waited in a transaction" } }),
        t.db.collection.count(),
      ]),
    ).finally(() => held);
    expect(ticks).toBeGreaterThanOrEqual(10);
    expect(
      await t.db.collection.count({ where: { userId, name: { in: ["held for a batch", "waited in a transaction"] } } }),
    ).toBe(2);
  });
});

describe("single writes outside a transaction", () => {
  it("wait for a lock held elsewhere without holding the event loop, then succeed", async () => {
    const held = holdWriteLock(400, "held again");
    const started = performance.now();
    const ticks = await ticksDuring(() => t.db.collection.create({ data: { userId, name: "single write" } })).finally(
      () => held,
    );
    expect(performance.now() - started).toBeGreaterThanOrEqual(350);
    expect(ticks).toBeGreaterThanOrEqual(10);
    expect(await t.db.collection.count({ where: { userId, name: "single write" } })).toBe(1);
  });
});
