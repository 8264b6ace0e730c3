// The walking skeleton in a real browser: trending → paper → search → topic filter, on the production build.
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

describe("browsing the seed digest", () => {
  it("shows the latest digest's papers in digest order with its date, 30 to a page", async () => {
    const page = await browser.context.newPage();
    // "Newest" keeps the digest's own order; the default trending order moves with other tests' votes.
    await page.goto(`${base}/?sort=newest`);
    await expect(page.getByRole("heading", { level: 1, name: "Trending papers" }).isVisible()).resolves.toBe(true);
    await expect(page.locator("main time").first().textContent()).resolves.toBe("Mar 13, 2026");
    const cards = page.getByRole("list", { name: "Trending papers" }).locator(":scope > li");
    expect(await cards.count()).toBe(30); // the first page of four
    await expect(cards.first().getByRole("heading").textContent()).resolves.toContain(
      "Theme Transformer: Symbolic Music Generation with Theme-Conditioned Transformer",
    );
    // Cards carry topics and link badges.
    await expect(cards.nth(1).getByRole("list", { name: "Links" }).textContent()).resolves.toContain("Code");
    await page.close();
  });

  it("opens a paper with its full abstract, grouped links, topics and related papers", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole("link", { name: /Towards Multi-View Consistent Style Transfer/ }).click();
    await page.waitForURL(/\/papers\/towards-multi-view-consistent-style-transfer/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain(
      "Towards Multi-View Consistent Style Transfer",
    );
    const links = page.getByRole("region", { name: "Links" });
    await expect(links.getByRole("link", { name: "YushenZuo/OSDiffST" }).getAttribute("href")).resolves.toBe(
      "https://github.com/YushenZuo/OSDiffST",
    );
    await expect(links.textContent()).resolves.toContain("Code");
    await expect(page.getByRole("region", { name: "Topics" }).textContent()).resolves.toMatch(/Diffusion/i);
    // Related papers stream in after the page (Suspense): wait for the first one.
    const related = page.getByRole("region", { name: "Related papers" }).getByRole("link");
    await related.first().waitFor();
    expect(await related.count()).toBeGreaterThan(0);
    await page.close();
  });

  it("searches a keyword from the header and highlights matches", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/topics`);
    await page.getByRole("combobox", { name: "Search papers" }).fill("preference");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?q=preference/);
    const results = page.getByRole("list", { name: "Search results" });
    await expect(results.textContent()).resolves.toContain("HelpSteer2-Preference");
    expect(await results.locator("mark").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("filters search results by a topic facet and shows matching counts", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/search?q=diffusion`);
    const facet = page.getByRole("navigation", { name: "Topics" }).getByRole("link").first();
    const facetName = (await facet.locator("span").first().textContent())!.trim();
    const facetCount = Number(await facet.getByTestId("facet-count").textContent());
    await facet.click();
    await page.waitForURL(/topic=/);
    await expect(
      page.getByRole("heading", { name: new RegExp(`^${facetCount} papers? for`) }).isVisible(),
    ).resolves.toBe(true);
    const chips = page
      .getByRole("list", { name: "Search results" })
      .locator(":scope > li")
      .first()
      .getByRole("list", { name: "Topics" });
    await expect(chips.textContent()).resolves.toContain(facetName);
    await page.close();
  });

  it("works without JavaScript: the header search is a plain form", async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    await page.goto(`${base}/`);
    await page.getByRole("combobox", { name: "Search papers" }).fill("prefrence");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\?q=prefrence/);
    await expect(page.getByRole("list", { name: "Search results" }).textContent()).resolves.toContain(
      "HelpSteer2-Preference",
    );
    await noJs.close();
  });

  it("is keyboard-usable: the first Tab reaches the skip link, which moves focus to main", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/`);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to content");
    await page.keyboard.press("Enter");
    await page.waitForURL(/#main$/);
    await page.close();
  });

  it("answers 404 with a server-rendered not-found page for an unknown paper, topic or share link", async () => {
    // Next 16 sends a dynamic page's notFound() as an empty body drawn by JavaScript (vercel/next.js#62228):
    // the text must be in the markup itself, not only in the RSC payload's <script>s.
    for (const url of ["/papers/no-such-paper-000000", "/topics/no-such-topic", "/shared/no-such-token"]) {
      const response = await fetch(`${base}${url}`);
      expect(response.status, url).toBe(404);
      const markup = (await response.text()).replace(/<script\b[^]*?<\/script>/g, "");
      expect(markup, url).toContain("There is no page here.");
      expect(markup, url).toContain('id="main"');
    }
  });
});
