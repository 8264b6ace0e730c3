// Every page is usable at 360 px: a one-row header, no horizontal scroll, tap targets of at least 44 × 44 px.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type TestBrowser } from "../setup/browser";
import { listSitePages, type SitePage } from "./site-pages";

const base = inject("appUrl");
// Navigation, header and footer controls, and everything clickable on a paper card.
const TARGETS =
  "header a, header button, header input, nav a, footer button, [data-triage-item] a, [data-triage-item] button";
let browser: TestBrowser;
let pages: SitePage[];

beforeAll(async () => {
  browser = await launchBrowser({ allowConsoleErrors: /status of 404/ });
  pages = await listSitePages(base);
});
afterAll(async () => {
  await browser.close();
});

describe("at 360 px wide", () => {
  it("no page scrolls sideways, and the header is one row of at most 64 px", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    const wide: string[] = [];
    for (const site of pages) {
      await page.goto(`${base}${site.path}`);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth) wide.push(`${site.path}: ${scrollWidth} > ${innerWidth}`);
      // One row (brand, search, menu): the page's own content starts near the top of a phone's screen.
      const header = await page.evaluate(() => document.querySelector("body > header")!.getBoundingClientRect().height);
      if (header > 64) wide.push(`${site.path}: header ${header} px tall`);
    }
    expect(wide).toEqual([]);
    await page.close();
  });

  it("links and buttons in navigation and cards are at least 44 × 44 px", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    const small: string[] = [];
    for (const site of pages) {
      await page.goto(`${base}${site.path}`);
      const found = await page.$$eval(TARGETS, (els) =>
        els
          .filter((el) => el.checkVisibility() && !el.closest(".sr-only"))
          .map((el) => {
            const r = el.getBoundingClientRect();
            return {
              text: (el.textContent ?? el.getAttribute("aria-label") ?? el.tagName).trim().slice(0, 40),
              w: r.width,
              h: r.height,
            };
          })
          .filter((t) => t.w < 44 || t.h < 44),
      );
      for (const t of found) small.push(`${site.path}: "${t.text}" ${t.w.toFixed(1)}×${t.h.toFixed(1)}`);
    }
    expect(small).toEqual([]);
    await page.close();
  });
});
