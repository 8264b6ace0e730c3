// `npm run db:copy`: a SQLite deployment with papers, users, sessions, accounts, a library, votes, follows
// and a subscription lands in PostgreSQL whole, readable by the app's client; a non-empty target is refused.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { copySqliteToPostgres } from "@/lib/db/copy";
import { runIngest } from "@/lib/ingest/run-ingest";
import { createTestDb, createTestUser, type TestDb } from "../setup/db";
import { startTestPostgres, type TestPostgres } from "../setup/postgres";

let sqlite: TestDb;
let cluster: TestPostgres;

beforeAll(async () => {
  sqlite = await createTestDb();
  const db = sqlite.db;
  await runIngest({
    db,
    file: path.join(process.cwd(), "prisma", "seed-digest.txt"),
    today: new Date("2026-11-27"),
    search: null,
  });
  const alice = await createTestUser(db, "alice");
  const paper = await db.paper.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, title: true } });
  await db.session.create({
    data: { id: "s1", token: "tok", userId: alice, expiresAt: new Date("2030-01-01T00:00:00Z") },
  });
  await db.account.create({
    data: { id: "a1", accountId: alice, providerId: "credential", userId: alice, password: "hash" },
  });
  const bookmark = await db.bookmark.create({
    data: { userId: alice, paperId: paper.id, note: "read this", readAt: new Date("2026-11-28T10:00:00Z") },
  });
  await db.bookmarkTag.create({ data: { bookmarkId: bookmark.id, name: "to-cite" } });
  await db.vote.create({ data: { userId: alice, paperId: paper.id } });
  // A cached page: binary (BLOB → BYTEA), and served by the new deployment as it was by the old.
  await db.pageCacheEntry.create({
    data: {
      key: "/cached/status/default",
      value: new Uint8Array([0, 1, 254, 255]),
      tags: ",t,",
      writtenAt: new Date(),
    },
  });
  await db.follow.create({
    data: { id: "f1", userId: alice, kind: "author", target: "ada", label: "Ada", email: true },
  });
  await db.emailSubscriber.create({
    data: {
      id: "sub1",
      email: "alice@example.test",
      frequency: "daily",
      status: "active",
      trending: true,
      userId: alice,
    },
  });
  cluster = await startTestPostgres();
}, 120_000);

afterAll(async () => {
  await sqlite?.dispose();
  await cluster?.stop();
});

describe("copySqliteToPostgres", () => {
  it("copies every table in dependency order, verifies the counts, and the app reads the copy", async () => {
    const url = await cluster.createDatabase("copied");
    const { tables } = await copySqliteToPostgres(sqlite.file, url, 50); // small batches: several per table
    const counts = Object.fromEntries(tables.map((t) => [t.name, t.rows]));
    expect(counts.Paper).toBe(await sqlite.db.paper.count());
    expect(counts.PaperAuthor).toBe(await sqlite.db.paperAuthor.count());
    expect(counts).toMatchObject({
      User: 1,
      Session: 1,
      Account: 1,
      Bookmark: 1,
      BookmarkTag: 1,
      Vote: 1,
      Follow: 1,
      EmailSubscriber: 1,
    });
    const order = tables.map((t) => t.name);
    expect(order.indexOf("User")).toBeLessThan(order.indexOf("Bookmark"));
    expect(order.indexOf("Bookmark")).toBeLessThan(order.indexOf("BookmarkTag"));

    const copy = createPrismaClient(url);
    try {
      const bookmark = await copy.bookmark.findFirstOrThrow({
        select: { note: true, readAt: true, user: { select: { email: true } }, tags: { select: { name: true } } },
      });
      expect(bookmark).toEqual({
        note: "read this",
        readAt: new Date("2026-11-28T10:00:00Z"),
        user: { email: "alice@example.test" },
        tags: [{ name: "to-cite" }],
      });
      expect((await copy.follow.findUniqueOrThrow({ where: { id: "f1" } })).email).toBe(true);
      const cached = await copy.pageCacheEntry.findUniqueOrThrow({ where: { key: "/cached/status/default" } });
      expect([...cached.value]).toEqual([0, 1, 254, 255]);
      const primaries = await copy.paperCategory.count({ where: { primary: true } });
      expect(primaries).toBe(await sqlite.db.paperCategory.count({ where: { primary: true } }));
      // Sequences moved past the copied ids: a new bookmark gets a fresh one.
      const paper = await copy.paper.findFirstOrThrow({ orderBy: { id: "desc" }, select: { id: true } });
      const added = await copy.bookmark.create({ data: { userId: "user-alice", paperId: paper.id } });
      expect(added.id).toBeGreaterThan((await sqlite.db.bookmark.findFirstOrThrow()).id);
    } finally {
      await copy.$disconnect();
    }
  });

  it("refuses a target that already has rows, and writes nothing", async () => {
    const url = await cluster.createDatabase("used");
    await copySqliteToPostgres(sqlite.file, url);
    const copy = createPrismaClient(url);
    try {
      const before = await copy.paper.count();
      await expect(copySqliteToPostgres(sqlite.file, url)).rejects.toThrow(/not empty \(.*Paper.*\)/);
      expect(await copy.paper.count()).toBe(before);
    } finally {
      await copy.$disconnect();
    }
  });
});
