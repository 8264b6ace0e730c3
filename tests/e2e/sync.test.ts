// The scheduler inside `npm start`, against the fake upstream: the running app shows a new Hugging
// Face day and refreshed counts without a restart, /status names the source it cannot reach, the log
// says so once, and two app processes on one database sync once.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/search/server";
import { fakeSyncEnv } from "../fake-upstream/config";
import type { HfItem } from "../fake-upstream/render";
import { type FakeUpstream, startFakeUpstream } from "../fake-upstream/server";
import { recordedHfItems, recordedWorld } from "../fake-upstream/world";
import { type AppServer, startApp } from "../setup/app-server";
import { launchBrowser } from "../setup/browser";
import { removeTestMeili, startTestMeili, type TestMeili } from "../setup/meili";

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Where each title first appears on the anonymous (cached) trending page; -1 when absent. */
async function positions(app: AppServer, titles: string[]): Promise<number[]> {
  const html = await (await fetch(`${app.url}/`)).text();
  return titles.map((t) => html.indexOf(`>${t}</a>`));
}

describe("the scheduler in a running app", () => {
  let fake: FakeUpstream;
  let app: AppServer;
  let closedPort: number;
  const { five } = recordedHfItems();
  const todays = five.map((i) => i.paper.title as string);

  beforeAll(async () => {
    const world = recordedWorld();
    world.hfDays.delete(-3);
    fake = await startFakeUpstream(world);
    closedPort = await findFreePort();
    app = await startApp({
      ...fakeSyncEnv(fake, { ARXIV_OAI_BASE_URL: `http://127.0.0.1:${closedPort}/oai`, SYNC_RETRIES: "1" }),
      SYNC: "on",
      SYNC_HF_EVERY: "3s",
    });
  });
  afterAll(async () => {
    await app?.stop();
    await fake?.stop();
  });

  it("shows a new day, then its refreshed counts, without a restart", { timeout: 240_000 }, async () => {
    const yesterday = fake.world.hfDays.get(-1)!.map((i) => i.paper.title as string);
    await waitFor("yesterday's papers on /", async () =>
      (await positions(app, yesterday.slice(0, 3))).every((p) => p >= 0),
    );
    expect((await positions(app, todays)).every((p) => p === -1)).toBe(true);

    fake.world.hfDays.set(0, structuredClone(five));
    await waitFor("today's papers on /", async () => (await positions(app, todays)).every((p) => p >= 0));

    // The paper with the fewest upvotes rises to the top once the counts are refreshed.
    const last = todays.at(-1)!;
    const before = await positions(app, todays);
    expect(Math.max(...before)).toBe(before.at(-1));
    (fake.world.hfDays.get(0)!.at(-1) as HfItem).paper.upvotes = 5_000;
    await waitFor(`${last} first on /`, async () => {
      const now = await positions(app, todays);
      return now.at(-1)! >= 0 && now.at(-1)! === Math.min(...now);
    });
  });

  it("says on /status which source it cannot reach, accessibly, and logs that once", { timeout: 120_000 }, async () => {
    const html = await waitFor("the arXiv failure on /status", async () => {
      const page = await (await fetch(`${app.url}/status`)).text();
      return page.includes(`127.0.0.1:${closedPort}/oai`) ? page : null;
    });
    // The server-rendered section, as text (React separates adjacent text with <!-- -->).
    const section = html
      .slice(html.indexOf('<section aria-labelledby="sync-heading"'), html.indexOf("</section>"))
      .replace(/<!-- -->/g, "")
      .replace(/<[^>]{0,300}>/g, " ");
    expect(section).toContain("Sync from Hugging Face and arXiv");
    expect(section).toMatch(/arXiv new submissions \(OAI-PMH\)\s+— failing\s+Last success\s+never/);
    expect(section).toMatch(/Hugging Face daily papers\s+— ok/);
    expect(section).toMatch(
      /Last error\s+\d{4}-\d\d-\d\d \d\d:\d\d UTC: http:\/\/127\.0\.0\.1:\d+\/oai\?verb=ListRecords&amp;metadataPrefix=arXiv&amp;set=cs&amp;from=[\d-]+: request failed/,
    );
    // The section with a failing source passes axe in both themes, on a desktop and a 360 px screen.
    const browser = await launchBrowser();
    try {
      for (const colorScheme of ["light", "dark"] as const) {
        for (const viewport of [
          { width: 1280, height: 800 },
          { width: 360, height: 740 },
        ]) {
          const page = await browser.context.newPage();
          await page.setViewportSize(viewport);
          await page.emulateMedia({ colorScheme });
          await page.goto(`${app.url}/status`);
          const results = await new AxeBuilder({ page }).include('[aria-labelledby="sync-heading"]').analyze();
          expect(results.violations.map((v) => `${colorScheme} ${viewport.width}px: ${v.id} — ${v.help}`)).toEqual([]);
          await page.close();
        }
      }
    } finally {
      await browser.close();
    }
    const failures = app
      .output()
      .split("\n")
      .filter((l) => l.startsWith("sync: could not"));
    expect(failures).toEqual([
      `sync: could not sync arXiv new submissions (OAI-PMH) (127.0.0.1:${closedPort}: request failed: fetch failed (after 2 attempts)) — retrying later; details on /status (logged once an hour)`,
    ]);
  });
});

describe("two app processes on one database", () => {
  let fake: FakeUpstream;
  let meili: TestMeili;
  let dataDir: string;
  const apps: AppServer[] = [];

  beforeAll(async () => {
    fake = await startFakeUpstream(recordedWorld());
    // Slow answers stretch the first process's run over the second one's start.
    fake.setDelay(300);
    meili = await startTestMeili("sync_two_apps");
    dataDir = mkdtempSync(path.join(os.tmpdir(), "paperboard-two-apps-"));
  });
  afterAll(async () => {
    for (const a of apps) await a.stop();
    await fake?.stop();
    if (meili) await removeTestMeili(meili);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("sync once", { timeout: 300_000 }, async () => {
    const env = {
      ...fakeSyncEnv(fake),
      SYNC: "on",
      DATA_DIR: dataDir,
      MEILI_URL: meili.target.url,
      MEILI_MASTER_KEY: meili.target.apiKey ?? "",
      MEILI_INDEX: "sync_two_apps",
    };
    apps.push(await startApp(env));
    apps.push(await startApp(env));
    const db = path.join(dataDir, "paperboard.db");
    const done = () => {
      const sqlite = new Database(db, { readonly: true });
      try {
        return (
          (
            sqlite
              .prepare(`SELECT COUNT(*) AS n FROM SyncSource WHERE lastSuccessAt IS NOT NULL AND runningSince IS NULL`)
              .get() as { n: number }
          ).n === 3
        );
      } finally {
        sqlite.close();
      }
    };
    await waitFor("one full sync", async () => done());
    // Give the second process's scheduler more than one tick after the run ended.
    await new Promise((r) => setTimeout(r, 5_000));
    const urls = fake.requests.map((r) => r.url);
    const days = urls.filter((u) => u.startsWith("/api/daily_papers"));
    expect(days).toHaveLength(14);
    expect(new Set(days).size).toBe(14);
    expect(urls.filter((u) => u.includes("set=cs"))).toHaveLength(1);
    expect(urls.filter((u) => u.includes("id_list="))).toHaveLength(1);
  });
});
