// The header search as a combobox: the top 5 matches as you type, arrows and Enter open one, Escape
// closes the list, and Enter with none chosen opens the full results.
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

describe("the header search", () => {
  it("offers the top 5 matches as you type, keyboard and all", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/topics`);
    await page.locator("html[data-js=ready]").waitFor({ state: "attached" });
    const box = page.getByRole("combobox", { name: "Search papers" });
    await box.pressSequentially("preference", { delay: 20 });
    const list = page.getByRole("listbox", { name: "Top matches" });
    await list.waitFor();
    await expect(box.getAttribute("aria-expanded")).resolves.toBe("true");
    const options = list.getByRole("option");
    const count = await options.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(5);
    await page.keyboard.press("Escape");
    await list.waitFor({ state: "hidden" });
    await expect(box.getAttribute("aria-expanded")).resolves.toBe("false");
    await page.keyboard.press("ArrowDown");
    await list.waitFor();
    const first = options.first();
    await expect(first.getAttribute("aria-selected")).resolves.toBe("true");
    await expect(box.getAttribute("aria-activedescendant")).resolves.toBe(await first.getAttribute("id"));
    const title = (await first.textContent())!;
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/papers\//);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(title);
    await page.close();
  });

  it("opens the full results on Enter when no match is chosen", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/topics`);
    await page.locator("html[data-js=ready]").waitFor({ state: "attached" });
    await page.getByRole("combobox", { name: "Search papers" }).pressSequentially("preference", { delay: 20 });
    await page.getByRole("listbox", { name: "Top matches" }).waitFor();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?q=preference/);
    await page.close();
  });
});
