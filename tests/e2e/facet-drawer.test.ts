// Search facets on a phone: below 768 px a "Filters (n)" control in place of the facet column, so the
// first result is above the fold at 360×780 — a native disclosure without JavaScript, an accessible
// modal drawer with it (focus moves in, Escape closes it and returns focus) — and beside the results
// on wide screens either way. axe finds nothing with the drawer open, in both themes.
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const PHONE = { width: 360, height: 780 };
let browser: TestBrowser;
let noJs: TestBrowser;

beforeAll(async () => {
  [browser, noJs] = await Promise.all([launchBrowser(), launchBrowser({ javaScriptEnabled: false })]);
});
afterAll(async () => {
  await Promise.all([browser.close(), noJs.close()]);
});

const facets = (page: Page) => page.getByRole("navigation", { name: "Has" });
const firstResultTitle = (page: Page) =>
  page.getByRole("list", { name: "Search results" }).locator(":scope > li").first().getByRole("heading");

async function expectFirstResultAboveFold(page: Page): Promise<void> {
  const title = await firstResultTitle(page).boundingBox();
  expect(title, "a first result").not.toBeNull();
  expect(title!.y + title!.height).toBeLessThanOrEqual(PHONE.height);
}

async function hydrated(page: Page): Promise<void> {
  await page.locator("html[data-js=ready]").waitFor({ state: "attached" });
  await page.waitForLoadState("networkidle");
}

describe("search facets on a phone", () => {
  it("open in a modal drawer with JavaScript: focus inside, Escape closes and returns focus, a filter counts", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${base}/search?q=model`);
    await hydrated(page);
    const button = page.getByRole("button", { name: "Filters" });
    expect(await facets(page).isVisible()).toBe(false);
    await expectFirstResultAboveFold(page);

    await button.click();
    const drawer = page.getByRole("dialog", { name: "Filters" });
    await drawer.waitFor();
    expect(await facets(page).isVisible()).toBe(true);
    expect(await drawer.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);

    await button.press("Enter");
    await drawer.waitFor();
    await facets(page).getByRole("link", { name: /Code/ }).click();
    await page.waitForURL(/has=code/);
    await page.getByRole("button", { name: "Filters (1)" }).waitFor();
    expect(await page.getByRole("dialog").count()).toBe(0);
    await expectFirstResultAboveFold(page);
    await page.close();
  });

  it("open as a disclosure without JavaScript, and filter there", async () => {
    const page = await noJs.context.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${base}/search?q=model`);
    const summary = page.locator("summary", { hasText: "Filters" });
    expect(await facets(page).isVisible()).toBe(false);
    await expectFirstResultAboveFold(page);
    await summary.click();
    await facets(page).getByRole("link", { name: /Code/ }).click();
    await page.waitForURL(/has=code/);
    expect(await page.locator("summary", { hasText: "Filters (1)" }).isVisible()).toBe(true);
    await page.close();
  });

  it("stay a column beside the results on wide screens, with or without JavaScript", async () => {
    for (const b of [browser, noJs]) {
      const page = await b.context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${base}/search?q=model`);
      if (b === browser) await hydrated(page);
      expect(await facets(page).isVisible()).toBe(true);
      expect(
        await page
          .locator("summary, button")
          .filter({ hasText: /^Filters/ })
          .isVisible(),
      ).toBe(false);
      const panel = await facets(page).boundingBox();
      const first = await firstResultTitle(page).boundingBox();
      expect(panel!.x + panel!.width).toBeLessThanOrEqual(first!.x);
      await page.close();
    }
  });

  it.each(["light", "dark"] as const)("pass axe with the drawer open in the %s theme", async (colorScheme) => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme });
    await page.goto(`${base}/search?q=model&has=code`);
    await hydrated(page);
    await page.getByRole("button", { name: "Filters (1)" }).click();
    await page.getByRole("dialog", { name: "Filters" }).waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.close();
  });
});
