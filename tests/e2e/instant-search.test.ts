// Instant search in a real browser: results follow typing without reloading, stale replies
// lose, "/" and the arrow keys work, facets live in the URL (back button), and no-JS renders the same.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const resultsHeading = "#results-heading";
const hydrated = (page: { locator: (s: string) => { waitFor: (o: { state: "attached" }) => Promise<void> } }) =>
  page.locator("html[data-js=ready]").waitFor({ state: "attached" });

describe("instant search", () => {
  it("updates results as you type, without a page load, and keeps the URL shareable", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/search`);
    await hydrated(page);
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    await page.getByRole("searchbox", { name: /Keywords/ }).pressSequentially("helpste", { delay: 30 });
    await page.waitForURL(/\/search\?q=helpste$/);
    await page.locator(resultsHeading, { hasText: "for “helpste”" }).waitFor();
    await expect(page.getByRole("list", { name: "Search results" }).textContent()).resolves.toContain(
      "HelpSteer2-Preference",
    );
    await expect(page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).resolves.toBe(true);
    await page.close();
  });

  it("discards a slow, stale response that arrives after a newer one", async () => {
    const page = await browser.context.newPage();
    await page.route(/\/api\/search\?q=diffusion$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1_500));
      await route.continue().catch(() => undefined);
    });
    await page.goto(`${base}/search`);
    await hydrated(page);
    const box = page.getByRole("searchbox", { name: /Keywords/ });
    await box.fill("diffusion");
    await page.waitForTimeout(400);
    await box.fill("preference");
    await page.locator(resultsHeading, { hasText: "for “preference”" }).waitFor();
    await page.waitForTimeout(1_800);
    await expect(page.locator(resultsHeading).textContent()).resolves.toContain("for “preference”");
    await page.close();
  });

  it("focuses search with /, then walks results with the arrow keys and opens one with Enter", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/topics`);
    await hydrated(page);
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("site-search");
    await page.goto(`${base}/search?q=diffusion`);
    await hydrated(page);
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("search-q");
    const links = page.locator('[aria-label="Search results"] > li h2 a');
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      await links.nth(0).textContent(),
    );
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      await links.nth(1).textContent(),
    );
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/papers\//);
    await page.close();
  });

  it("combines facets in the URL; their counts match the results; Back undoes one", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/search`);
    await hydrated(page);
    const code = page.getByRole("navigation", { name: "Has" }).getByRole("link", { name: /Code/ });
    await code.click();
    await page.waitForURL(/has=code/);
    const topic = page.getByRole("navigation", { name: "Topics" }).getByRole("link").first();
    const count = Number(await topic.getByTestId("facet-count").textContent());
    await topic.click();
    await page.waitForURL((url) => url.searchParams.has("topic") && url.searchParams.get("has") === "code");
    await page.locator(resultsHeading, { hasText: new RegExp(`^${count} papers? with filters`) }).waitFor();
    await page.goBack();
    await page.waitForURL(/\/search\?has=code$/, { timeout: 5_000 }).catch(() => {
      throw new Error(`after Back: ${page.url()}`);
    });
    await page.close();
  });

  it("renders the same results for the same URL without JavaScript", async () => {
    const url = "/search?q=model&has=code&sort=newest";
    const api = await (await fetch(`${base}/api/search?q=model&has=code&sort=newest`)).json();
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    await page.goto(`${base}${url}`);
    const titles = await page.locator('[aria-label="Search results"] > li h2').allTextContents();
    expect(titles).toEqual(api.hits.map((h: { title: { text: string }[] }) => h.title.map((s) => s.text).join("")));
    // The filters are a plain form: choosing a sort and submitting works too.
    await page.getByLabel("Sort by").selectOption("trending");
    await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/sort=trending/);
    await noJs.close();
    await page.close().catch(() => undefined);
  });

  it("shows 5–10 similar papers on a paper page", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/search?q=HelpSteer2`);
    await page
      .getByRole("link", { name: /HelpSteer2-Preference/ })
      .first()
      .click();
    await page.waitForURL(/\/papers\//);
    const related = page.getByRole("region", { name: "Related papers" }).getByRole("listitem");
    await related.first().waitFor();
    expect(await related.count()).toBeGreaterThanOrEqual(5);
    expect(await related.count()).toBeLessThanOrEqual(10);
    await page.close();
  });
});
