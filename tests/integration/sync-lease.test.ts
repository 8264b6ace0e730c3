// One sync at a time per database: the lease in SQLite, across clients (processes), with a dead
// holder's lease taken over at once and a live one respected.
import os from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { acquireSyncLease, getSyncLease } from "@/lib/db/sync-lease";
import { isGoneHolder } from "@/lib/db/held-lease";
import { runSync } from "@/lib/sync/run-sync";
import { fakeSyncConfig } from "../fake-upstream/config";
import { type FakeUpstream, startFakeUpstream } from "../fake-upstream/server";
import { recordedWorld } from "../fake-upstream/world";
import { createTestDb, type TestDb } from "../setup/db";

let fake: FakeUpstream;
let t: TestDb;

beforeAll(async () => {
  fake = await startFakeUpstream(recordedWorld());
  t = await createTestDb();
});
afterAll(async () => {
  await fake.stop();
  await t.dispose();
});

describe("the sync lease", () => {
  it("lets one of two concurrent runs on one database sync; the other is told who holds it", async () => {
    const other = createPrismaClient(t.file);
    fake.setDelay(30);
    try {
      const config = fakeSyncConfig(fake);
      const [a, b] = await Promise.all([
        runSync({ db: t.db, search: null, config }),
        runSync({ db: other, search: null, config }),
      ]);
      expect([a.ran, b.ran].sort()).toEqual([false, true]);
      const skipped = a.ran ? b : a;
      expect(!skipped.ran && skipped.heldBy.holder).toMatch(new RegExp(`^${os.hostname()}:${process.pid}:`));
      // Each Hugging Face day was asked for once.
      const days = fake.requests.filter((r) => r.url.startsWith("/api/daily_papers")).map((r) => r.url);
      expect(new Set(days).size).toBe(days.length);
      expect(await getSyncLease(t.db)).toBeNull();
    } finally {
      fake.setDelay(0);
      await other.$disconnect();
    }
  });

  it("takes over at once from a holder on this host whose process is gone, and respects a live one", async () => {
    const now = new Date();
    const future = new Date(now.getTime() + 600_000);
    const dead = `${os.hostname()}:2147483646:dead`;
    await t.db.syncLease.create({ data: { name: "sync", holder: dead, acquiredAt: now, expiresAt: future } });
    expect(isGoneHolder(dead)).toBe(true);
    expect(await acquireSyncLease(t.db, "me:1:x", { now, ttlMs: 1_000, isGone: isGoneHolder })).toEqual({
      acquired: true,
    });

    // The test runner's parent process is alive: its lease holds until it expires.
    const live = `${os.hostname()}:${process.ppid}:live`;
    await t.db.syncLease.update({ where: { name: "sync" }, data: { holder: live, expiresAt: future } });
    expect(isGoneHolder(live)).toBe(false);
    const refused = await acquireSyncLease(t.db, "me:1:x", { now, ttlMs: 1_000, isGone: isGoneHolder });
    expect(refused).toMatchObject({ acquired: false, current: { holder: live } });
    const later = new Date(future.getTime() + 1);
    expect(await acquireSyncLease(t.db, "me:1:x", { now: later, ttlMs: 1_000, isGone: isGoneHolder })).toEqual({
      acquired: true,
    });
    await t.db.syncLease.deleteMany();
  });
});
