// Enrichment of digest papers without an arXiv id: by exact normalised title (or an arxiv.org link
// the digest gave), never on a near miss; the paper keeps its URL and gains categories and topics.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "@/lib/ingest/run-ingest";
import { runSync } from "@/lib/sync/run-sync";
import { fakeSyncConfig } from "../fake-upstream/config";
import { type FakeUpstream, startFakeUpstream } from "../fake-upstream/server";
import { recordedWorld } from "../fake-upstream/world";
import { createTestDb, type TestDb } from "../setup/db";

let fake: FakeUpstream;
let t: TestDb;
let dir: string;

const ABSTRACT = "A digest's copy of an abstract, long enough to count as one. It ends like a sentence does.";

beforeAll(async () => {
  fake = await startFakeUpstream(recordedWorld());
  t = await createTestDb();
  dir = mkdtempSync(path.join(os.tmpdir(), "paperboard-enrich-"));
});
afterAll(async () => {
  await fake.stop();
  await t.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("enriching papers without an arXiv id", () => {
  it("accepts an exact normalised-title match or a linked id with the same title, and nothing else", async () => {
    const file = path.join(dir, "digest.txt");
    writeFileSync(
      file,
      [
        "Mar 13",
        "",
        // Same title up to case and punctuation: accepted.
        "Dante W — diffuse albedo neural texturing in the wild!",
        "",
        ABSTRACT,
        "",
        // One word off: a near miss, refused.
        "Incentivizing Data Trading via Profit Sharing",
        "",
        ABSTRACT,
        "",
        // No title search needed: the digest links the arXiv paper, whose title matches.
        "Shape Optimization of Pneumatic Soft Actuators",
        "",
        `${ABSTRACT} Paper: https://arxiv.org/abs/2606.30800`,
        "",
      ].join("\n"),
    );
    await runIngest({ db: t.db, file, search: null, today: new Date("2026-11-27T00:00:00Z") });
    const before = await t.db.paper.findMany({
      select: { id: true, slug: true, title: true },
      orderBy: { title: "asc" },
    });
    expect(before).toHaveLength(3);

    fake.requests.length = 0;
    const outcome = await runSync(
      { db: t.db, search: null, config: fakeSyncConfig(fake) },
      { sources: ["enrich"], force: true },
    );
    expect(outcome).toMatchObject({ ran: true, outcomes: [{ source: "enrich", ok: true }] });
    expect(fake.requests.map((r) => decodeURIComponent(r.url)).sort()).toEqual([
      "/api/query?id_list=2606.30800&max_results=1",
      '/api/query?search_query=ti:"dante w diffuse albedo neural texturing in the wild"&max_results=10',
      '/api/query?search_query=ti:"incentivizing data trading via profit sharing"&max_results=10',
    ]);

    const after = await t.db.paper.findMany({
      select: {
        id: true,
        slug: true,
        title: true,
        arxivId: true,
        categories: { select: { categoryId: true }, orderBy: { position: "asc" } },
        topics: { select: { reason: true } },
        enrichments: true,
      },
      orderBy: { id: "asc" },
    });
    // No paper was added: the arXiv records joined the digest papers, which keep their ids and slugs.
    expect(after.map((p) => [p.id, p.slug]).sort()).toEqual(before.map((p) => [p.id, p.slug]).sort());
    const byArxiv = new Map(after.map((p) => [p.arxivId, p]));
    const dante = byArxiv.get("2606.30677");
    expect(dante).toMatchObject({
      title: "DANTE-W: Diffuse Albedo Neural Texturing in the Wild",
      categories: [{ categoryId: "cs.GR" }, { categoryId: "cs.CV" }],
    });
    expect(dante?.enrichments).toMatchObject([
      {
        source: "arxiv-api",
        outcome: "enriched",
        matchedBy: "title",
        arxivId: "2606.30677",
        fields: "authors,categories,publishedAt",
      },
    ]);
    // Topics re-derived from the categories the digest lacked.
    expect(dante?.topics.map((x) => x.reason)).toEqual(
      expect.arrayContaining(["arXiv category cs.GR", "arXiv category cs.CV"]),
    );
    expect(byArxiv.get("2606.30800")?.enrichments).toMatchObject([{ outcome: "enriched", matchedBy: "title" }]);

    const nearMiss = after.find((p) => p.title.endsWith("Profit Sharing"));
    expect(nearMiss).toMatchObject({ arxivId: null, categories: [] });
    expect(nearMiss?.enrichments).toMatchObject([{ outcome: "not-found", matchedBy: "title", arxivId: null }]);

    // Not asked again until the retry delay has passed.
    fake.requests.length = 0;
    await runSync({ db: t.db, search: null, config: fakeSyncConfig(fake) }, { sources: ["enrich"], force: true });
    expect(fake.requests).toHaveLength(0);
  });
});
