// Cards a researcher can scan: several whole cards per screen, authors, a clamped abstract that opens
// without JavaScript, the score in a few words, real link chips — and a list that holds still while
// the reader bookmarks and upvotes.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { newPerson, signUp } from "../setup/accounts";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const reader = newPerson("Reader");
let browser: TestBrowser;
let noJs: TestBrowser;
let readerBrowser: TestBrowser;

beforeAll(async () => {
  [browser, noJs, readerBrowser] = await Promise.all([
    launchBrowser(),
    launchBrowser({ javaScriptEnabled: false }),
    launchBrowser({ clientAddress: reader.address }),
  ]);
});
afterAll(async () => {
  await Promise.all([browser.close(), noJs.close(), readerBrowser.close()]);
});

const cards = (page: Page) => page.getByRole("list", { name: "Trending papers" }).locator(":scope > li");

/** How many cards are wholly inside the viewport once the list's first card is scrolled to the top. */
async function wholeCardsOnScreen(page: Page): Promise<{ count: number; heights: number[] }> {
  await cards(page)
    .first()
    .evaluate((el) => el.scrollIntoView({ block: "start", behavior: "instant" }));
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll("[data-triage-list] > li")].map((li) => li.getBoundingClientRect());
    // Half a pixel either way: card edges sit on fractional positions.
    const count = boxes.filter((r) => r.top >= -0.5 && r.bottom <= window.innerHeight + 0.5).length;
    return { count, heights: boxes.slice(0, 6).map((r) => Math.round(r.height)) };
  });
}

const titles = (page: Page) => cards(page).getByRole("heading").allTextContents();

describe("paper cards", () => {
  it("fit at least 4 whole cards in 1280×900 and 2 in 360×780", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/?date=2026-03-13&sort=newest`);
    const wide = await wholeCardsOnScreen(page);
    expect(wide.count, `card heights ${wide.heights}`).toBeGreaterThanOrEqual(4);
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${base}/?date=2026-03-13&sort=newest`);
    // The first card's title is above the fold on a phone.
    const title = await cards(page).first().getByRole("heading").boundingBox();
    expect(title!.y + title!.height).toBeLessThanOrEqual(780);
    const narrow = await wholeCardsOnScreen(page);
    expect(narrow.count, `card heights ${narrow.heights}`).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it("say why in a few words, link the code by name, and keep the full explanation", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/?date=2026-03-13&sort=newest`);
    const card = cards(page).filter({ hasText: "Towards Multi-View Consistent Style Transfer" });
    await expect(card.textContent()).resolves.toMatch(/#\d+ of the day/);
    const links = card.getByRole("list", { name: "Links" });
    await expect(links.getByRole("link", { name: /^Code YushenZuo\/OSDiffST$/ }).getAttribute("href")).resolves.toBe(
      "https://github.com/YushenZuo/OSDiffST",
    );
    await card.getByText(/Why\? Score/).click();
    await expect(
      card
        .getByText(/#\d+ of 98 in its digest/)
        .last()
        .isVisible(),
    ).resolves.toBe(true);
    await page.close();
  });

  it("show two lines of the abstract and the rest on click, without JavaScript", async () => {
    const page = await noJs.context.newPage();
    await page.goto(`${base}/?date=2026-03-13&sort=newest`);
    const abstract = cards(page).first().locator("details > summary").first();
    const lineHeight = await abstract.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const closed = (await abstract.boundingBox())!.height;
    expect(closed).toBeLessThanOrEqual(2 * lineHeight + 1);
    await abstract.click();
    expect((await abstract.boundingBox())!.height).toBeGreaterThan(closed + lineHeight);
    await page.close();
  });

  it("hold still after a bookmark and an upvote until the next load", async () => {
    const page = await readerBrowser.context.newPage();
    await signUp(page, base, reader, "/?date=2026-03-13");
    await cards(page).first().waitFor();
    const before = await titles(page);
    const target = cards(page).nth(9);
    const title = before[9]!;
    for (const name of [/Bookmark/, /Upvote/]) {
      const button = target.getByRole("button", { name });
      const done = page.waitForResponse((r) => r.request().method() === "POST");
      await button.click();
      await done;
      await expect(button.getAttribute("aria-pressed")).resolves.toBe("true");
    }
    // The server re-rendered the page with the new scores; the cards stayed where they were.
    expect(await titles(page)).toEqual(before);
    await page.reload();
    await cards(page).first().waitFor();
    expect((await titles(page)).indexOf(title)).toBeLessThan(9);
    // The signed-in header (four account links) stays one row from 1024 px up.
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.getByRole("link", { name: "Library" }).waitFor();
    expect(
      await page.evaluate(() => document.querySelector("body > header")!.getBoundingClientRect().height),
    ).toBeLessThanOrEqual(64);
    await page.close();
  });
});
