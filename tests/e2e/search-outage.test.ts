// With Meilisearch unreachable, browse pages keep working and search answers 503 / a friendly notice, fast.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/lib/search/server";
import { startApp, type AppServer } from "../setup/app-server";
import { launchBrowser, type TestBrowser } from "../setup/browser";

let app: AppServer;
let browser: TestBrowser;

beforeAll(async () => {
  // A free port nobody listens on: the configured external Meilisearch is "down".
  const deadPort = await findFreePort();
  app = await startApp({ MEILI_URL: `http://127.0.0.1:${deadPort}`, MEILI_MASTER_KEY: "unused-key-0123456789" });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe("search outage", () => {
  it("stores the seed even though it cannot be indexed, and browse pages work", async () => {
    expect(app.output()).toMatch(/deferred|unavailable/i);
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/`);
    expect(await page.getByRole("list", { name: "Trending papers" }).locator(":scope > li").count()).toBe(30);
    await page.getByRole("link", { name: /HelpSteer2-Preference/ }).click();
    await page.waitForURL(/\/papers\//);
    // Similar papers live in SQLite, computed at start even though indexing was deferred.
    const related = page.getByRole("region", { name: "Related papers" }).getByRole("listitem");
    await related.first().waitFor();
    expect(await related.count()).toBeGreaterThanOrEqual(5);
    await page.close();
  });

  it("answers the search API with 503 within a second", async () => {
    const started = performance.now();
    const res = await fetch(`${app.url}/api/search?q=preference`);
    const elapsed = performance.now() - started;
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe("SEARCH_UNAVAILABLE");
    expect(elapsed).toBeLessThan(1_000);
  });

  it("answers 503 fast for filtered searches too, and the similar-text page degrades politely", async () => {
    const started = performance.now();
    const res = await fetch(`${app.url}/api/search?q=agents&has=code&sort=newest&from=2026-01`);
    expect(res.status).toBe(503);
    expect(performance.now() - started).toBeLessThan(1_000);
    const page = await browser.context.newPage();
    await page.goto(
      `${app.url}/similar?text=${encodeURIComponent("reward models for preference alignment of language models")}`,
    );
    await expect(page.getByRole("alert").filter({ hasText: "Search is unavailable" }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("tells instant-search users search is down when the API answers 503", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/search`);
    await page.locator("html[data-js=ready]").waitFor({ state: "attached" });
    await page.getByRole("searchbox", { name: /Keywords/ }).fill("agents");
    await page.getByRole("alert").filter({ hasText: "Search is unavailable" }).waitFor();
    await page.close();
  });

  it("shows a search-unavailable notice on the search page", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/search?q=preference`);
    await expect(page.getByRole("alert").filter({ hasText: "Search is unavailable" }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
