// Keyboard triage on paper lists, and a dark theme that follows the system, persists and never flashes.
import type { Page } from "playwright-core";
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

/** Loads a page and waits until hydration has switched the shortcuts on (slow on a busy machine). */
async function openPage(path: string, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.goto(`${base}${path}`);
  await page.locator("html[data-keyboard-triage]").waitFor({ state: "attached" });
  return page;
}

const activeCardIndex = `[...document.querySelectorAll("[data-triage-item]")].findIndex((li) => li.contains(document.activeElement) && li.hasAttribute("data-triage-active"))`;

describe("keyboard triage", () => {
  it("j/k move a visible focus through the cards and o opens the paper", async () => {
    const page = await openPage("/");
    await page.keyboard.press("j");
    await expect(page.evaluate(activeCardIndex)).resolves.toBe(0);
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    await expect(page.evaluate(activeCardIndex)).resolves.toBe(1);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe("solid");
    const href = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    await page.keyboard.press("o");
    await page.waitForURL(`${base}${href}`);
    await page.close();
  });

  it("ignores keys typed in a field and keys with modifiers", async () => {
    const page = await openPage("/");
    await page.getByRole("combobox", { name: "Search papers" }).focus();
    await page.keyboard.type("jk");
    await expect(page.getByRole("combobox", { name: "Search papers" }).inputValue()).resolves.toBe("jk");
    await expect(page.locator("[data-triage-active]").count()).resolves.toBe(0);
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    await page.keyboard.press("Control+j");
    await expect(page.locator("[data-triage-active]").count()).resolves.toBe(0);
    await page.close();
  });

  it("s asks an anonymous reader to sign in; ? opens the shortcuts dialog, Escape closes it", async () => {
    const page = await openPage("/topics");
    await page.locator('main a[href^="/topics/"]').first().click();
    await page.waitForURL(/\/topics\/[a-z0-9-]+$/);
    await page.locator("[data-triage-item]").first().waitFor();
    const topicUrl = page.url();
    await page.keyboard.press("j");
    // s bookmarks the focused card for a signed-in reader; an anonymous one gets the hint and stays.
    await page.keyboard.press("s");
    await page.getByText("Sign in to bookmark papers.").waitFor();
    expect(page.url()).toBe(topicUrl);
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toContain("Focus the search box");
    // Modal: Tab stays inside the dialog.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => !!document.activeElement?.closest("dialog"))).resolves.toBe(true);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect(page.evaluate(activeCardIndex)).resolves.toBe(0);
    await page.close();
  });

  it("opens the shortcuts from a footer button too (reachable with Tab)", async () => {
    const page = await openPage("/topics");
    await page.getByRole("button", { name: /Keyboard shortcuts/ }).click();
    await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
    await page.getByRole("button", { name: "Close" }).click();
    await page.getByRole("dialog").waitFor({ state: "hidden" });
    await page.close();
  });
});

const bodyBackground = () => getComputedStyle(document.body).backgroundColor;

describe("theme", () => {
  it("follows the system setting without JavaScript", async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(`${base}/topics`);
    const light = await page.evaluate(bodyBackground);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await page.evaluate(bodyBackground)).not.toBe(light);
    await noJs.close();
  });

  it("the toggle overrides the system, persists across loads, and is applied before first paint", async () => {
    const page = await openPage("/topics", "light");
    const light = await page.evaluate(bodyBackground);
    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("false");
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-pressed")).toBe("true");
    const dark = await page.evaluate(bodyBackground);
    expect(dark).not.toBe(light);
    // On the next load the stored theme is on <html> before the body is parsed: no flash of light.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string | undefined }).themeAtBody =
            document.documentElement.dataset.theme;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${base}/`);
    await page.locator("html[data-keyboard-triage]").waitFor({ state: "attached" });
    await expect(page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).resolves.toBe(
      "dark",
    );
    expect(await page.evaluate(bodyBackground)).toBe(dark);
    await toggle.click();
    await expect(page.evaluate(() => localStorage.getItem("paperboard-theme"))).resolves.toBe("light");
    await page.close();
  });
});
