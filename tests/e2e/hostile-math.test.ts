// Titles and abstracts come from sources anyone can publish to: their math, typeset by KaTeX, must stay
// inside its own box — capped in size, clipped where it would draw over the text before it, and never
// widening the page.
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const PAPER = {
  id: "t-e2e-hostile-math",
  slug: "e2e-hostile-math-000001",
  title:
    "Words before $x\\kern{-4em}\\text{EVIL}$ a $\\rule{100000em}{100000em}$ and $\\Huge\\text{HUGE HUGE HUGE HUGE HUGE HUGE}$ then $\\raisebox{-100000em}{deep}$ end",
  abstract:
    "An abstract with $$\\kern{-50em}\\text{FAR}\\rule{1em}{100000em}$$ and $\\frac{a}{b}\\to\\infty$ inline, long enough to be an abstract.",
};
let db: Database.Database;
let browser: TestBrowser;

beforeAll(async () => {
  db = new Database(path.join(inject("appDataDir"), "paperboard.db"));
  db.prepare(
    "INSERT INTO Paper (id, slug, arxivId, title, abstract, digestDate, rank, source) VALUES (?, ?, NULL, ?, ?, '2026-03-13', 999, 'test')",
  ).run(PAPER.id, PAPER.slug, PAPER.title, PAPER.abstract);
  browser = await launchBrowser();
});
afterAll(async () => {
  db.prepare("DELETE FROM Paper WHERE id = ?").run(PAPER.id);
  db.close();
  await browser.close();
});

async function openPaper(width: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${base}/papers/${PAPER.slug}`);
  return page;
}

describe("crafted math in a title and abstract", () => {
  it.each([360, 1280])("stays in its box at %i px", async (width) => {
    const page = await openPaper(width);
    const layout = await page.evaluate(() => {
      const h1 = document.querySelector("h1")!;
      // KaTeX draws at 1.21 times the text's size: its em is the one maxSize counts in.
      const em = parseFloat(getComputedStyle(h1.querySelector(".katex")!).fontSize);
      const rule = h1.querySelector(".katex-rule")!.getBoundingClientRect();
      const evil = [...h1.querySelectorAll(".katex-html .text")].find((e) => e.textContent === "EVIL")!;
      const evilBox = evil.getBoundingClientRect();
      const hit = document.elementFromPoint(evilBox.left + evilBox.width / 2, evilBox.top + evilBox.height / 2);
      return {
        em,
        rule: { width: rule.width, height: rule.height },
        // Drawn where the words before it are: visible only if nothing clips it.
        evilLeftOfItsMath: evilBox.right < evil.closest(".katex-base")!.getBoundingClientRect().left,
        evilHit: hit === evil || evil.contains(hit),
        h1Height: h1.getBoundingClientRect().height,
        pageWidth: document.documentElement.scrollWidth,
        pageHeight: document.documentElement.scrollHeight,
        deepAsSource: [...h1.querySelectorAll("code")].some((c) => c.textContent?.includes("\\raisebox")),
        displayHeight: document.querySelector(".math-display")!.getBoundingClientRect().height,
      };
    });
    expect(layout.rule.width).toBeLessThanOrEqual(3 * layout.em + 1);
    expect(layout.rule.height).toBeLessThanOrEqual(3 * layout.em + 1);
    expect(layout.evilLeftOfItsMath).toBe(true);
    expect(layout.evilHit).toBe(false);
    expect(layout.deepAsSource).toBe(true);
    expect(layout.h1Height).toBeLessThan(16 * layout.em);
    expect(layout.pageWidth).toBeLessThanOrEqual(width);
    expect(layout.displayHeight).toBeLessThanOrEqual(24 * 16 + 1);
    expect(layout.pageHeight).toBeLessThan(6_000);
    await page.close();
  });

  it("keeps ordinary inline math on the text's baseline (overflow: clip, where hidden would lift it)", async () => {
    const page = await openPaper(1280);
    const shifts = await page.evaluate(() => {
      const p = document.querySelector("#abstract-heading + p")!;
      const base = p.querySelector(".math-inline .katex-base") as HTMLElement;
      const glyph = base.querySelector(".mord")!;
      // The neighbouring word: positions are compared to the text's, as the whole line may move.
      const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes("inline"))!;
      const word = document.createRange();
      word.setStart(text, text.textContent!.indexOf("inline"));
      word.setEnd(text, text.textContent!.indexOf("inline") + 1);
      const offsetWith = (overflow: string) => {
        base.style.overflow = overflow;
        return glyph.getBoundingClientRect().bottom - word.getBoundingClientRect().bottom;
      };
      const clipped = offsetWith("");
      return {
        computed: getComputedStyle(base).overflow,
        clip: Math.abs(clipped - offsetWith("visible")),
        hidden: Math.abs(clipped - offsetWith("hidden")),
      };
    });
    expect(shifts.computed).toBe("clip");
    expect(shifts.clip).toBeLessThan(0.5);
    expect(shifts.hidden).toBeGreaterThan(3); // the measurement can see a shift: a fraction has depth
    await page.close();
  });
});
