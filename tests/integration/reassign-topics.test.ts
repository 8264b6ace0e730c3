// After an upgrade that changes topic rules, stored papers get the topics the rules in force assign
// (and go back to the search index); with unchanged rules nothing is rewritten.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureTopicsCurrent, taxonomyFingerprint } from "@/lib/ingest/reassign-topics";
import { runIngest } from "@/lib/ingest/run-ingest";
import { assignTopics } from "@/lib/ingest/taxonomy";
import { createTestDb, type TestDb } from "../setup/db";

const SEED = path.join(process.cwd(), "prisma", "seed-digest.txt");
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await runIngest({ db: t.db, file: SEED, today: new Date("2026-11-27"), search: null });
  await t.db.paper.updateMany({ data: { indexedAt: new Date() } });
});
afterAll(() => t.dispose());

const topicsOf = async (id: string) =>
  (await t.db.paperTopic.findMany({ where: { paperId: id }, include: { topic: true } })).map((r) => ({
    slug: r.topic.slug,
    reason: r.reason,
  }));

describe("ensureTopicsCurrent", () => {
  it("rewrites papers whose stored topics an older taxonomy assigned, and only those", async () => {
    const [stale, fresh] = await t.db.paper.findMany({ take: 2, orderBy: { id: "asc" } });
    // What an older rule set left behind: another topic, with a reason today's rules never give.
    const other = await t.db.topic.findFirstOrThrow({ where: { slug: "mathematics" } });
    await t.db.paperTopic.deleteMany({ where: { paperId: stale!.id } });
    await t.db.paperTopic.create({ data: { paperId: stale!.id, topicId: other.id, reason: "an old rule" } });
    // The ingest's derived-data sync recorded the current fingerprint: pretend an older one.
    await t.db.appState.upsert({
      where: { key: "taxonomy" },
      create: { key: "taxonomy", value: "older-rules" },
      update: { value: "older-rules" },
    });

    expect(await ensureTopicsCurrent(t.db)).toEqual({ checked: 98, changed: 1 });

    const expected = assignTopics(stale!.title, stale!.abstract);
    expect(new Set(await topicsOf(stale!.id))).toEqual(new Set(expected));
    expect((await topicsOf(stale!.id)).some((x) => x.reason === "an old rule")).toBe(false);
    const pending = await t.db.paper.findMany({ where: { indexedAt: null }, select: { id: true } });
    expect(pending.map((p) => p.id)).toEqual([stale!.id]);
    expect((await t.db.paper.findUniqueOrThrow({ where: { id: fresh!.id } })).indexedAt).not.toBeNull();
    expect((await t.db.appState.findUniqueOrThrow({ where: { key: "taxonomy" } })).value).toBe(taxonomyFingerprint());
  });

  it("does nothing while the taxonomy is unchanged", async () => {
    expect(await ensureTopicsCurrent(t.db)).toBeNull();
  });
});
