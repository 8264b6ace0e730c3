// The sync against the local fake upstream (recorded Hugging Face days, arXiv Atom and OAI-PMH pages):
// backfill, incremental harvest, enrichment, refreshed counts, and a clean run's database after faults.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listSyncSources } from "@/lib/db/sync-state";
import { runSync, type SyncOutcome } from "@/lib/sync/run-sync";
import { addDays } from "@/lib/domain/days";
import { listTrendingPapers } from "@/lib/trending/list-trending";
import { dayWindow } from "@/lib/trending/windows";
import { fakeSyncConfig } from "../fake-upstream/config";
import { type FakeUpstream, startFakeUpstream } from "../fake-upstream/server";
import { recordedWorld } from "../fake-upstream/world";
import { createTestDb, type TestDb, useAsAppDb } from "../setup/db";
import { dumpDatabase } from "../setup/db-dump";

const today = () => new Date().toISOString().slice(0, 10);
let fake: FakeUpstream;
const dbs: TestDb[] = [];

async function freshDb(): Promise<TestDb> {
  const t = await createTestDb();
  dbs.push(t);
  return t;
}

function ran(outcome: SyncOutcome) {
  if (!outcome.ran) throw new Error(`did not run: lease held by ${outcome.heldBy.holder}`);
  return outcome;
}

beforeAll(async () => {
  fake = await startFakeUpstream(recordedWorld());
});
afterEach(() => {
  Object.assign(fake.world, recordedWorld());
});
afterAll(async () => {
  await fake.stop();
  for (const t of dbs) await t.dispose();
});

describe("a first sync against the fake upstream", () => {
  it("backfills Hugging Face days, harvests the listings page by page and enriches every Hugging Face paper", async () => {
    const t = await freshDb();
    fake.requests.length = 0;
    const outcome = ran(await runSync({ db: t.db, search: null, config: fakeSyncConfig(fake) }));
    expect(outcome.outcomes.map((o) => [o.source, o.ok])).toEqual([
      ["hf", true],
      ["arxiv", true],
      ["enrich", true],
    ]);

    const digests = await t.db.digest.findMany({ orderBy: { date: "asc" }, select: { date: true, paperCount: true } });
    expect(digests).toEqual([
      { date: addDays(today(), -3), paperCount: 5 },
      { date: addDays(today(), -2), paperCount: 15 },
      { date: addDays(today(), -1), paperCount: 15 },
    ]);
    // The 14-day window is fetched once: every day recorded, empty ones with 0 papers.
    expect(await t.db.syncFetch.count({ where: { source: "hf" } })).toBe(14);

    // Listings: only papers with a configured category (23 of the 40), plus the two on Hugging Face too.
    const listed = await t.db.paper.count({ where: { source: "arxiv-oai" } });
    expect(listed).toBe(25);
    const oai = fake.requests.filter((r) => r.url.startsWith("/oai"));
    expect(oai.some((r) => r.url.includes("resumptionToken="))).toBe(true);
    expect(oai.filter((r) => r.url.includes("set=cs"))).toHaveLength(1);

    // Every Hugging Face paper arXiv knows now has its categories and date, and topics from them; the
    // 14 it does not know are recorded as not found (and asked about again in 30 days).
    const hfPapers = await t.db.paper.findMany({
      where: { appearances: { some: {} } },
      select: {
        arxivId: true,
        publishedAt: true,
        _count: { select: { categories: true } },
        topics: { select: { reason: true } },
        enrichments: true,
      },
    });
    expect(hfPapers).toHaveLength(35);
    const known = hfPapers.filter((p) => fake.world.catalogue.has(p.arxivId ?? ""));
    expect(known).toHaveLength(21);
    for (const p of known) {
      expect(p._count.categories).toBeGreaterThan(0);
      expect(p.publishedAt).not.toBeNull();
    }
    // Topics were re-derived with the categories (cs.AI alone names no topic, so not every paper).
    expect(known.filter((p) => p.topics.some((x) => x.reason.startsWith("arXiv category"))).length).toBeGreaterThan(
      known.length / 2,
    );
    const enrichments = hfPapers.flatMap((p) => p.enrichments);
    // The two listed papers already had arXiv metadata: 19 enriched by id, 14 not found.
    expect(enrichments.filter((e) => e.outcome === "enriched")).toHaveLength(19);
    expect(enrichments.filter((e) => e.outcome === "not-found")).toHaveLength(14);
    expect(enrichments.find((e) => e.outcome === "enriched")).toMatchObject({
      source: "arxiv-api",
      matchedBy: "id",
      fields: "categories",
    });

    // A repository link Hugging Face gave survives arXiv's record replacing the paper's metadata.
    const hfIds = new Set([...fake.world.hfDays.values()].flat().map((i) => i.paper.id));
    const both = [...fake.world.listed.keys()].filter((id) => hfIds.has(id));
    expect(both).toHaveLength(2);
    for (const id of both) {
      const paper = await t.db.paper.findUnique({
        where: { arxivId: id },
        select: { source: true, links: { select: { kind: true } }, keywords: true },
      });
      expect(paper?.source).toBe("arxiv-oai");
      expect(paper?.links.map((l) => l.kind)).toContain("code");
      expect(JSON.parse(paper?.keywords ?? "[]")).not.toHaveLength(0);
    }

    expect(fake.requests.every((r) => r.userAgent.startsWith("Paperboard/"))).toBe(true);
    const state = await listSyncSources(t.db);
    expect(state.map((s) => [s.name, s.failures, s.papersAdded > 0])).toEqual([
      ["arxiv", 0, true],
      ["enrich", 0, false],
      ["hf", 0, true],
    ]);
  });

  it("a second run fetches only what is due or new and changes nothing", async () => {
    const t = await freshDb();
    const config = fakeSyncConfig(fake);
    ran(await runSync({ db: t.db, search: null, config }));
    const before = dumpDatabase(t.file);
    fake.requests.length = 0;
    const again = ran(await runSync({ db: t.db, search: null, config }, { force: true }));
    expect(again.outcomes.map((o) => (o.ok ? o.created + o.updated : -1))).toEqual([0, 0, 0]);
    expect(dumpDatabase(t.file)).toEqual(before);
    // Only the refresh window's days (7) again; the harvest goes on from today; nothing left to enrich.
    expect(fake.requests.filter((r) => r.url.startsWith("/api/daily_papers"))).toHaveLength(7);
    expect(fake.requests.filter((r) => r.url.startsWith("/oai")).every((r) => r.url.includes(`from=${today()}`))).toBe(
      true,
    );
    expect(fake.requests.filter((r) => r.url.startsWith("/api/query"))).toHaveLength(0);
    // Not forced: nothing is due yet, so nothing is fetched at all.
    fake.requests.length = 0;
    expect(ran(await runSync({ db: t.db, search: null, config })).outcomes).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("refreshing a day's counts", () => {
  it("reorders trending and keeps each count seen", async () => {
    const t = await freshDb();
    await useAsAppDb(t);
    const config = fakeSyncConfig(fake);
    ran(await runSync({ db: t.db, search: null, config }, { sources: ["hf"], force: true }));
    const day = dayWindow(addDays(today(), -1));
    const first = (await listTrendingPapers(getDb(), day)).map((p) => p.title);
    const last = fake.world.hfDays.get(-1)!.find((i) => i.paper.title === first.at(-1))!;
    last.paper.upvotes = 5_000;
    ran(await runSync({ db: t.db, search: null, config }, { sources: ["hf"], force: true }));
    const second = (await listTrendingPapers(getDb(), day)).map((p) => p.title);
    expect(second[0]).toBe(first.at(-1));
    const paper = await t.db.paper.findUniqueOrThrow({ where: { arxivId: last.paper.id }, select: { id: true } });
    const counts = await t.db.digestEntryCount.findMany({ where: { paperId: paper.id }, orderBy: { seenAt: "asc" } });
    expect(counts.map((c) => c.upvotes)).toEqual([expect.any(Number), 5_000]);
    expect(counts[0]!.upvotes).toBeLessThan(5_000);
  });
});

describe("faults", () => {
  it("503 and 429 with Retry-After, a dropped connection and a timeout end in the same database as a clean run", async () => {
    const clean = await freshDb();
    ran(await runSync({ db: clean.db, search: null, config: fakeSyncConfig(fake) }));

    const faulty = await freshDb();
    const yesterday = addDays(today(), -1);
    fake.fail(`date=${yesterday}`, { kind: "status", status: 503, retryAfter: "1" });
    fake.fail("set=cs", { kind: "status", status: 429, retryAfter: "1" });
    fake.fail("resumptionToken=", { kind: "reset" });
    fake.fail("id_list=", { kind: "hang" });
    fake.fail("id_list=", { kind: "status", status: 502 });
    fake.requests.length = 0;
    const outcome = ran(
      await runSync({ db: faulty.db, search: null, config: fakeSyncConfig(fake, { SYNC_TIMEOUT_MS: "500" }) }),
    );
    expect(outcome.outcomes.every((o) => o.ok)).toBe(true);
    expect(dumpDatabase(faulty.file)).toEqual(dumpDatabase(clean.file));

    // The retry came after the Retry-After second, not before.
    const tries = fake.requests.filter((r) => r.url.includes(`date=${yesterday}`));
    expect(tries.map((r) => r.status)).toEqual([503, 200]);
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(990);
    expect(outcome.client.backoffMs).toBeGreaterThanOrEqual(2_000);
  });

  it("a truncated or malformed body fails its source with the URL and position, stores nothing of it, and the next run completes", async () => {
    const t = await freshDb();
    const config = fakeSyncConfig(fake);
    const yesterday = addDays(today(), -1);
    fake.fail(`date=${yesterday}`, { kind: "truncate" });
    fake.fail("resumptionToken=", { kind: "malformed" });
    const outcome = ran(await runSync({ db: t.db, search: null, config }));
    const [hf, arxiv] = outcome.outcomes;
    expect(hf).toMatchObject({ source: "hf", ok: false });
    expect(hf && !hf.ok && hf.error).toMatch(
      new RegExp(`/api/daily_papers\\?date=${yesterday}.*: json: not JSON: .*(position|end of JSON)`),
    );
    expect(arxiv && !arxiv.ok && arxiv.error).toMatch(
      /\/oai\?verb=ListRecords&resumptionToken=.*:\d+: xml: malformed XML/,
    );
    // Nothing of yesterday is stored (days go newest first, so the source stopped there); the harvest
    // kept its first page and the cursor pointing at the page that failed.
    expect(await t.db.digest.count({ where: { date: yesterday } })).toBe(0);
    expect(await t.db.paper.count({ where: { source: "arxiv-oai" } })).toBeGreaterThan(0);
    const cursor = JSON.parse((await t.db.syncSource.findUnique({ where: { name: "arxiv" } }))!.cursor) as {
      harvest: { token: string | null };
    };
    expect(cursor.harvest.token).not.toBeNull();
    const state = await listSyncSources(t.db);
    expect(state.find((s) => s.name === "hf")).toMatchObject({
      failures: 1,
      lastError: expect.stringContaining("not JSON"),
    });

    fake.requests.length = 0;
    const next = ran(await runSync({ db: t.db, search: null, config }, { force: true }));
    expect(next.outcomes.every((o) => o.ok)).toBe(true);
    // The harvest resumed at the page that failed, not at the start of the window.
    expect(fake.requests.find((r) => r.url.startsWith("/oai"))?.url).toContain("resumptionToken=");
    const clean = await freshDb();
    ran(await runSync({ db: clean.db, search: null, config }));
    expect(dumpDatabase(t.file)).toEqual(dumpDatabase(clean.file));
  });

  it("an unreachable source is reported by name while the others sync; an expired token replays its set", async () => {
    const t = await freshDb();
    const closed = "http://127.0.0.1:9/oai";
    const down = ran(
      await runSync({
        db: t.db,
        search: null,
        config: fakeSyncConfig(fake, { ARXIV_OAI_BASE_URL: closed, SYNC_RETRIES: "1" }),
      }),
    );
    expect(down.outcomes.map((o) => [o.source, o.ok])).toEqual([
      ["hf", true],
      ["arxiv", false],
      ["enrich", true],
    ]);
    const arxiv = (await listSyncSources(t.db)).find((s) => s.name === "arxiv")!;
    expect(arxiv.lastError).toContain("127.0.0.1:9/oai");
    expect(arxiv.lastError).toContain("request failed");
    // Retried in 5 minutes, not at the usual 6 hours, and not at once.
    expect(arxiv.nextRunAt!.getTime() - arxiv.lastErrorAt!.getTime()).toBe(5 * 60_000);

    fake.fail("resumptionToken=", { kind: "badToken" });
    const back = ran(
      await runSync({ db: t.db, search: null, config: fakeSyncConfig(fake) }, { sources: ["arxiv"], force: true }),
    );
    expect(back.outcomes).toMatchObject([{ source: "arxiv", ok: true }]);
    // The two listed Hugging Face papers were completed from the API while OAI-PMH was down; the
    // listing's version-less records do not replace the API's versioned ones.
    expect(await t.db.paper.count({ where: { source: "arxiv-oai" } })).toBe(23);
    expect(await t.db.paper.count()).toBe(35 + 23);
  });
});
