// Feed loading over a real SQLite file with two digest days: day vs week windows, topic feeds,
// Last-Modified following ingests, and an untrusted title staying inert.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { resetEnvCache } from "@/lib/env";
import { renderFeed } from "@/lib/feeds/build-feed";
import { loadFeed } from "@/lib/feeds/load-feed";
import { runIngest } from "@/lib/ingest/run-ingest";
import { createTestDb, dbEnv, type TestDb } from "../setup/db";

const SEED = path.join(process.cwd(), "prisma", "seed-digest.txt");
const EVIL = 'Robust <script>alert("feed")</script> Video Diffusion & More';
let t: TestDb;
let dir: string;

beforeAll(async () => {
  t = await createTestDb();
  dir = mkdtempSync(path.join(os.tmpdir(), "paperboard-feeds-"));
  Object.assign(process.env, { ...dbEnv(t), APP_URL: "https://papers.example.org" });
  resetEnvCache();
  await runIngest({ db: t.db, file: SEED, today: new Date("2026-11-27"), search: null });
  const next = path.join(dir, "next-day.txt");
  writeFileSync(
    next,
    `Mar 14\n\n${EVIL}\n\nWe generate video with diffusion models and evaluate robustness on new benchmarks.\n`,
  );
  await runIngest({ db: t.db, file: next, today: new Date("2026-11-27"), search: null });
});
afterAll(async () => {
  await t.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("loadFeed", () => {
  it("trending day is the latest digest day; the week spans the last digest days", async () => {
    const day = await loadFeed(getDb(), { kind: "trending", window: "day" }, new URLSearchParams());
    expect(day.doc.entries.map((e) => e.title)).toEqual([EVIL]);
    const week = await loadFeed(getDb(), { kind: "trending", window: "week" }, new URLSearchParams());
    expect(week.doc.entries).toHaveLength(99);
    expect(week.doc.entries[0]!.digestDate).toBe("2026-03-14");
    expect(week.doc.feedUrls.atom).toBe("https://papers.example.org/feeds/trending.atom?window=week");
  });

  it("dates Last-Modified by the latest successful ingest", async () => {
    const latest = await t.db.ingestRun.findFirst({ where: { status: "succeeded" }, orderBy: { finishedAt: "desc" } });
    const { lastModified } = await loadFeed(getDb(), { kind: "trending", window: "day" }, new URLSearchParams());
    expect(lastModified).toEqual(latest!.finishedAt);
  });

  it("serves a topic's papers newest first, and 404s an unknown topic", async () => {
    const { doc } = await loadFeed(getDb(), { kind: "topic", slug: "video" }, new URLSearchParams());
    expect(doc.entries[0]!.title).toBe(EVIL);
    expect(doc.entries.every((e) => e.topics.some((tp) => tp.slug === "video"))).toBe(true);
    await expect(
      loadFeed(getDb(), { kind: "topic", slug: "no-such-topic" }, new URLSearchParams()),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("keeps an ingested <script> title inert in the rendered feeds", async () => {
    const { doc } = await loadFeed(getDb(), { kind: "trending", window: "day" }, new URLSearchParams());
    for (const format of ["rss", "atom"] as const) {
      const xml = renderFeed(doc, format, "https://papers.example.org");
      expect(xml).not.toMatch(/<script/);
      expect(xml).toContain("&lt;script&gt;");
    }
  });
});
