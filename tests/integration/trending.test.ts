// Trending on a real SQLite file: the digest order stands until people vote and bookmark.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuthorWithPapers } from "@/lib/db/authors";
import { CARD_AUTHORS, getPaperBySlug, listPapersByIds, listPapersInDigestOrder } from "@/lib/db/papers";
import { getDb } from "@/lib/db/client";
import { runIngest } from "@/lib/ingest/run-ingest";
import { listTrendingPapers } from "@/lib/trending/list-trending";
import { dayWindow, parseWindow } from "@/lib/trending/windows";
import { createTestDb, createTestUser, useAsAppDb, type TestDb } from "../setup/db";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await useAsAppDb(t);
  await runIngest({
    db: t.db,
    file: path.join(process.cwd(), "prisma", "seed-digest.txt"),
    today: new Date("2026-11-27"),
    search: null,
  });
});
afterAll(async () => {
  await t.dispose();
});

describe("trending score on stored data", () => {
  it("keeps the digest's order when nobody has voted", async () => {
    const papers = await listTrendingPapers(getDb(), dayWindow("2026-03-13"));
    expect(papers.map((p) => p.rank)).toEqual(Array.from({ length: 98 }, (_, i) => i + 1));
  });

  it("lets one account nudge a paper but not lift it far, even on a digest without vote counts", async () => {
    const last = await t.db.paper.findFirstOrThrow({ where: { rank: 98 } });
    const userId = await createTestUser(t.db, "solo");
    await t.db.vote.create({ data: { userId, paperId: last.id } });
    await t.db.bookmark.create({ data: { userId, paperId: last.id } });
    const papers = await listTrendingPapers(getDb(), dayWindow("2026-03-13"));
    const at = papers.findIndex((p) => p.id === last.id);
    expect(at).toBeLessThan(97); // it moved up
    expect(97 - at).toBeLessThan(50); // past fewer than 50 papers
    expect(papers[at]?.score.parts[0]?.detail).toBe("log2(1 + 0 source upvotes + √1 reader here)");
  });

  it("lifts a paper many readers voted for and bookmarked, and says why", async () => {
    const target = await t.db.paper.findFirstOrThrow({ where: { rank: 60 } });
    for (let i = 0; i < 20; i++) {
      const userId = await createTestUser(t.db, `u${i}`);
      await t.db.vote.create({ data: { userId, paperId: target.id } });
      await t.db.bookmark.create({ data: { userId, paperId: target.id } });
    }
    const [top] = await listTrendingPapers(getDb(), parseWindow({ week: "2026-W11" })!);
    expect(top?.id).toBe(target.id);
    expect(top?.score.parts[0]?.detail).toBe("log2(1 + 0 source upvotes + √20 readers here)");
    const newest = await listTrendingPapers(getDb(), dayWindow("2026-03-13"), { sort: "newest" });
    expect(newest[0]?.rank).toBe(1);
  });

  it("ranks a Hugging Face day by its upvotes, and explains them", async () => {
    await runIngest({
      db: t.db,
      file: path.join(process.cwd(), "tests", "fixtures", "formats", "hf-daily-papers.api-response.30-items.json"),
      today: new Date("2026-11-27"),
      search: null,
    });
    const papers = await listTrendingPapers(getDb(), dayWindow("2026-06-12"));
    expect(papers).toHaveLength(30);
    expect(papers.slice(0, 2).map((p) => p.title)).toEqual([
      expect.stringMatching(/^EvoArena/),
      "MiniMax Sparse Attention",
    ]);
    expect(papers[0]?.score.parts[0]?.detail).toContain("118 source upvotes");
  });

  it("answers an empty list for a window without digests", async () => {
    expect(await listTrendingPapers(getDb(), dayWindow("2026-03-14"))).toEqual([]);
  });
});

describe("cards count every author, whichever list they come from", () => {
  it("gives trending, digest order, search ids, author and paper pages the same author count as the database", async () => {
    // Author counts are a grouped count of the listed papers' rows, not Prisma's relation count: check
    // them against the table for papers with one and with many authors.
    const grouped = await t.db.paperAuthor.groupBy({ by: ["paperId"], _count: { paperId: true } });
    const truth = new Map(grouped.map((g) => [g.paperId, g._count.paperId]));
    expect(Math.max(...truth.values())).toBeGreaterThan(CARD_AUTHORS);
    const expected = (id: string) => truth.get(id) ?? 0;
    const trending = await listTrendingPapers(getDb(), dayWindow("2026-03-13"));
    expect(trending.every((p) => p.authorCount === expected(p.id))).toBe(true);
    const { papers } = await listPapersInDigestOrder(getDb(), { limit: 98 });
    expect(papers.map((p) => p.authorCount)).toEqual(papers.map((p) => expected(p.id)));
    const byIds = await listPapersByIds(
      getDb(),
      papers.map((p) => p.id),
    );
    expect(byIds.map((p) => p.authorCount)).toEqual(papers.map((p) => expected(p.id)));
    const many = papers.find((p) => expected(p.id) > CARD_AUTHORS)!;
    expect(many.authors).toHaveLength(CARD_AUTHORS);
    expect((await getPaperBySlug(getDb(), many.slug))?.authorCount).toBe(expected(many.id));
    const author = await getAuthorWithPapers(getDb(), many.authors[0]!.id);
    expect(author?.papers.find((p) => p.id === many.id)?.authorCount).toBe(expected(many.id));
  });
});
