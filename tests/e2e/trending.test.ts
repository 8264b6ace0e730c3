// Trending windows in a real browser: permalinks, empty days, navigation, sorting, the score's explanation.
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

const cards = (page: import("playwright-core").Page, name = "Trending papers") =>
  page.getByRole("list", { name }).locator(":scope > li");

describe("trending windows", () => {
  it("serves week and month permalinks with the seed's papers, and explains each card's score", async () => {
    const page = await browser.context.newPage();
    // Sorted by newest the digest's own order holds, whatever other test files voted for.
    await page.goto(`${base}/?week=2026-W11&sort=newest`);
    await expect(page.getByRole("link", { name: "Week", exact: true }).getAttribute("aria-current")).resolves.toBe(
      "page",
    );
    expect(await cards(page).count()).toBe(30); // first of four pages
    await expect(
      page.getByText(/Week 11 of 2026 \(Mar 9 – Mar 15\) · 98 papers, newest first — 1–30 shown/).isVisible(),
    ).resolves.toBe(true);
    const why = cards(page)
      .first()
      .getByText(/Why\? Score/);
    await why.click();
    await expect(cards(page).first().getByText("#1 of 98 in its digest", { exact: true }).isVisible()).resolves.toBe(
      true,
    );
    // One digest day is a sentence, not a one-bar chart.
    expect(await page.getByText("Papers per digest day: 98 papers in 2026-03-13.", { exact: true }).count()).toBe(1);
    expect(await page.getByRole("img", { name: /^Papers per digest day/ }).count()).toBe(0);
    await page.goto(`${base}/?month=2026-03&sort=newest`);
    expect(await cards(page).count()).toBe(30);
    await expect(page.getByRole("link", { name: "Newest" }).getAttribute("aria-current")).resolves.toBe("true");
    await page.close();
  });

  it("pages through a long window with plain links, keeping the period and the sort", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/?date=2026-03-13&sort=newest`);
    const pager = page.getByRole("navigation", { name: "Pagination" });
    await expect(pager.getByText("Page 1 of 4").isVisible()).resolves.toBe(true);
    const firstOfPageOne = await cards(page).first().getByRole("heading").textContent();
    await pager.getByRole("link", { name: "Next →" }).click();
    await page.waitForURL(/[?&]page=2/);
    expect(new URL(page.url()).searchParams.get("sort")).toBe("newest");
    await expect(page.getByText(/· 98 papers, newest first — 31–60 shown/).isVisible()).resolves.toBe(true);
    expect(await cards(page).first().getByRole("heading").textContent()).not.toBe(firstOfPageOne);
    await page.goto(`${base}/?date=2026-03-13&sort=newest&page=4`);
    expect(await cards(page).count()).toBe(8);
    await expect(page.getByText(/91–98 shown/).isVisible()).resolves.toBe(true);
    expect(await pager.getByRole("link", { name: "Next →" }).count()).toBe(0);
    // Past the end: the last page, not an empty list.
    await page.goto(`${base}/?date=2026-03-13&sort=newest&page=9`);
    expect(await cards(page).count()).toBe(8);
    await page.close();
  });

  it("says so honestly on a day without a digest and links back to the nearest one", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/?date=2026-03-14`);
    await expect(page.getByText("No digest that day — it was a weekend").isVisible()).resolves.toBe(true);
    await page.getByRole("link", { name: /← Mar 13, 2026/ }).click();
    await page.waitForURL(/date=2026-03-13/);
    expect(await cards(page).count()).toBe(30);
    // Nothing after the latest digest.
    expect(
      await page.getByRole("navigation", { name: "Trending period" }).getByRole("link", { name: /→$/ }).count(),
    ).toBe(0);
    await page.close();
  });

  it("reports an unreadable period and falls back to the latest digest", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/?week=11`);
    const notice = page.getByRole("status").filter({ hasText: "could not be read" });
    await expect(notice.textContent()).resolves.toMatch(/could not be read \(week: .*\); showing Mar 13, 2026 instead/);
    expect(await cards(page).count()).toBe(30);
    await page.close();
  });

  it("ranks within a topic on its own page, with the topic's rules shown", async () => {
    const page = await browser.context.newPage();
    const topics = (await (await fetch(`${base}/api/topics`)).json()) as {
      topics: { slug: string; name: string; paperCount: number }[];
    };
    const audio = topics.topics.find((t) => t.slug === "audio")!;
    await page.goto(`${base}/topics/audio?date=2026-03-13`);
    expect(await cards(page, `Trending in ${audio.name}`).count()).toBe(audio.paperCount);
    // The activity of a single week is a sentence (upvotes only when readers here gave some), not a chart.
    const activity = page.getByText(
      new RegExp(`^${audio.name} per week: ${audio.paperCount} papers(, \\d+ upvotes)? in 2026-W11\\.$`),
    );
    expect(await activity.count()).toBe(1);
    expect(await page.getByRole("figure", { name: `${audio.name} per week` }).count()).toBe(0);
    await page.getByText("How papers get this topic").click();
    await expect(page.getByRole("listitem").filter({ hasText: "music" }).first().isVisible()).resolves.toBe(true);
    await page.close();
  });
});
