// For you against real SQLite and the seed digest: cold start, a topic's papers first after saving some
// of them, why, "not interested", and catch-up (seen papers, mark all as seen).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addBookmark } from "@/lib/db/bookmarks";
import { getDb } from "@/lib/db/client";
import { addDismissal, removeDismissal } from "@/lib/db/reader-signals";
import { markAllSeen, markPapersSeenBySlug } from "@/lib/db/seen-papers";
import { runIngest } from "@/lib/ingest/run-ingest";
import { listForYou, type ForYou } from "@/lib/recs/for-you";
import { createTestDb, createTestUser, useAsAppDb, type TestDb } from "../setup/db";

let t: TestDb;
let alice: string;
let topicPapers: Set<string>;
const saved: string[] = [];

beforeAll(async () => {
  t = await createTestDb();
  await useAsAppDb(t);
  await runIngest({
    db: t.db,
    file: path.join(process.cwd(), "prisma", "seed-digest.txt"),
    today: new Date("2026-11-27"),
    search: null,
  });
  alice = await createTestUser(t.db, "alice");
  const counts = await t.db.paperTopic.groupBy({
    by: ["topicId"],
    _count: { paperId: true },
    orderBy: { _count: { paperId: "desc" } },
  });
  // The biggest topic that is not most of the digest: specific enough to learn.
  const topic = counts.find((c) => c._count.paperId <= 30) ?? counts[0]!;
  const rows = await t.db.paperTopic.findMany({
    where: { topicId: topic.topicId },
    select: { paperId: true },
    orderBy: { paperId: "asc" },
  });
  topicPapers = new Set(rows.map((r) => r.paperId));
  saved.push(...rows.slice(0, 4).map((r) => r.paperId));
}, 120_000);
afterAll(async () => {
  await t.dispose();
});

const ready = (r: ForYou) => {
  if (r.status !== "ready") throw new Error(`expected a ranked list, got ${r.status}`);
  return r;
};
const week = () => listForYou(getDb(), { userId: alice, scope: { kind: "all" }, period: "week" });

describe("For you", () => {
  it("is cold below three saves", async () => {
    await addBookmark(getDb(), alice, saved[0]!);
    await expect(week()).resolves.toEqual({ status: "cold", positiveCount: 1 });
  });

  it("ranks the saved topic's papers first, never a saved one, and says why", async () => {
    for (const id of saved.slice(1)) await addBookmark(getDb(), alice, id);
    const result = ready(await week());
    const top = result.items.slice(0, 5).map((i) => i.card.id);
    expect(top.filter((id) => topicPapers.has(id)).length).toBeGreaterThanOrEqual(4);
    expect(result.items.some((i) => saved.includes(i.card.id))).toBe(false);
    const first = result.items[0]!;
    expect(first.terms.length).toBeGreaterThan(0);
    expect(first.because.length).toBeGreaterThan(0);
    for (const ref of first.because) expect(saved).toContain(ref.id);
  });

  it("hides a paper marked not interested, and shows it again on undo", async () => {
    const before = ready(await week()).items.map((i) => i.card.id);
    await addDismissal(getDb(), alice, before[0]!);
    const after = ready(await week()).items.map((i) => i.card.id);
    expect(after).not.toContain(before[0]);
    await removeDismissal(getDb(), alice, before[0]!);
    expect(ready(await week()).items.map((i) => i.card.id)).toEqual(before);
  });

  it("in catch-up mode shows each paper once, and mark all as seen empties it", async () => {
    const catchUp = () =>
      listForYou(getDb(), { userId: alice, scope: { kind: "all" }, period: "week", onlyNew: true }).then(ready);
    const all = (await catchUp()).items;
    expect(all.length).toBeGreaterThan(2);
    await markPapersSeenBySlug(getDb(), alice, [all[0]!.card.slug, all[1]!.card.slug]);
    const rest = (await catchUp()).items.map((i) => i.card.id);
    expect(rest).not.toContain(all[0]!.card.id);
    expect(rest).not.toContain(all[1]!.card.id);
    expect(rest).toContain(all[2]!.card.id);
    await markAllSeen(getDb(), alice, new Date(Date.now() + 1000));
    expect((await catchUp()).items).toEqual([]);
    expect(ready(await week()).items.length).toBe(all.length);
  });
});
