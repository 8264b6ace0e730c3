// For you in chromium: cold start says so; after saving papers of one topic, that topic's papers rank
// first with "because you saved …"; `x` hides a paper and Undo brings it back; axe finds nothing.
import { AxeBuilder } from "@axe-core/playwright";
import { DOMParser } from "@xmldom/xmldom";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { newPerson, signUp } from "../setup/accounts";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const reader = newPerson("Reader");
let browser: TestBrowser;
let page: Page;
let topic: { slug: string; name: string };
let topicPapers: { slug: string; title: string }[] = [];
const saved: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser({ clientAddress: reader.address });
  page = await browser.context.newPage();
  // Computer vision: a topic of the seed digest whose papers share their words (keyword topics such as
  // "Reasoning" gather papers a text model rightly finds unlike each other).
  topic = { slug: "computer-vision", name: "Computer vision" };
  const { papers } = (await (await fetch(`${base}/api/papers?topic=${topic.slug}&limit=100`)).json()) as {
    papers: { slug: string; title: string }[];
  };
  if (papers.length < 10) throw new Error(`the seed digest should have 10+ ${topic.name} papers, not ${papers.length}`);
  topicPapers = papers;
});
afterAll(async () => {
  await browser.close();
});

const recommended = (p: Page) => p.getByRole("list", { name: "Recommended for you" }).locator(":scope > li");
const titleOf = async (item: ReturnType<typeof recommended>) =>
  (await item.getByRole("heading").textContent())?.trim() ?? "";

async function axe(p: Page): Promise<string[]> {
  const out: string[] = [];
  for (const colorScheme of ["light", "dark"] as const) {
    await p.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page: p }).analyze();
    out.push(
      ...results.violations.map(
        (v) => `${colorScheme}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    );
  }
  return out;
}

describe("For you", () => {
  it("asks anonymous visitors to sign in and come back", async () => {
    await page.goto(`${base}/for-you?period=month`);
    await page.waitForURL(
      (url) => url.pathname === "/sign-in" && url.searchParams.get("next") === "/for-you?period=month",
    );
  });

  it("starts cold, saying so and showing trending meanwhile", async () => {
    await signUp(page, base, reader, "/for-you");
    await page.getByRole("heading", { name: "Not enough saves to learn from yet" }).waitFor();
    await expect(page.getByRole("link", { name: "Import your library" }).getAttribute("href")).resolves.toBe(
      "/library/import",
    );
    expect(await page.getByRole("list", { name: "Trending papers" }).locator(":scope > li").count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);
  });

  it("ranks the saved topic's papers first and says which saves they resemble", async () => {
    for (const paper of topicPapers.slice(0, 4)) {
      await page.goto(`${base}/papers/${paper.slug}`);
      saved.push(paper.title);
      const done = page.waitForResponse((r) => r.request().method() === "POST");
      await page.getByRole("button", { name: "Bookmark" }).click();
      await done;
    }
    await page.goto(`${base}/for-you`);
    const items = recommended(page);
    await items.first().waitFor();
    const inTopic = await Promise.all(
      [0, 1, 2].map((i) => items.nth(i).locator(`a[href="/topics/${topic.slug}"]`).count()),
    );
    expect(inTopic, `the top 3 are in ${topic.name}`).toEqual([1, 1, 1]);
    const why = items.first().getByTestId("for-you-why");
    await expect(why.textContent()).resolves.toContain("Because you saved");
    const because = (await why.getByRole("link").allTextContents()).map((t) => t.replace(/[“”]/g, ""));
    expect(because.length).toBeGreaterThan(0);
    for (const title of because) expect(saved).toContain(title);
    const shown = await Promise.all([0, 1, 2, 3, 4].map((i) => titleOf(items.nth(i))));
    for (const title of saved) expect(shown).not.toContain(title);
    expect(await axe(page)).toEqual([]);
  }, 180_000);

  it("fits a 360 px screen signed in, with no sideways scroll", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${base}/for-you`);
    await recommended(page).first().waitFor();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("hides a paper with x, and Undo brings it back", async () => {
    await page.goto(`${base}/for-you`);
    await page.waitForFunction(() => document.documentElement.dataset.keyboardTriage === "on");
    const first = await titleOf(recommended(page).first());
    await page.keyboard.press("j");
    await page.keyboard.press("x");
    const notice = page.getByRole("status").filter({ hasText: "Hidden" });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain(first);
    expect(await recommended(page).getByRole("heading", { name: first, exact: true }).count()).toBe(0);
    await page.reload();
    expect(await recommended(page).getByRole("heading", { name: first, exact: true }).count()).toBe(0);
    await notice.getByRole("button", { name: "Undo" }).click();
    await page.waitForURL((url) => !url.searchParams.has("hidden"));
    await recommended(page).getByRole("heading", { name: first, exact: true }).waitFor();
  });
});

describe("the private For you feed", () => {
  it("serves the reader's recommendations as Atom, RSS and JSON Feed, and nothing for a forged token", async () => {
    await page.goto(`${base}/for-you`);
    const top = await titleOf(recommended(page).first());
    const atomPath = (await page.getByRole("link", { name: "Atom", exact: true }).getAttribute("href")) ?? "";
    expect(atomPath).toMatch(/^\/feeds\/for-you\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}\.atom$/);
    const atom = await fetch(`${base}${atomPath}`);
    expect(atom.status).toBe(200);
    expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(atom.headers.get("cache-control")).toBe("private, no-cache");
    const xml = new DOMParser({
      onError: (level, msg) => {
        throw new Error(`${level}: ${msg}`);
      },
    }).parseFromString(await atom.text(), "text/xml");
    expect(xml.documentElement?.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    const entries = Array.from(xml.getElementsByTagName("entry"));
    expect(entries.length).toBeGreaterThan(3);
    expect(entries[0]!.getElementsByTagName("title")[0]!.textContent).toBe(top);
    const rss = await fetch(`${base}${atomPath.replace(/\.atom$/, ".rss")}`);
    expect(rss.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const json = (await (await fetch(`${base}${atomPath.replace(/\.atom$/, ".json")}`)).json()) as {
      version: string;
      items: { title: string }[];
    };
    expect(json.version).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
    expect(json.items[0]!.title).toBe(top);
    const forged = atomPath.replace(
      /\.([A-Za-z0-9_-])([A-Za-z0-9_-]{42})\.atom$/,
      (_, c: string, rest: string) => `.${c === "A" ? "B" : "A"}${rest}.atom`,
    );
    expect((await fetch(`${base}${forged}`)).status).toBe(404);
  });

  it("revoking the feed URL stops the old one and gives a new one that works", async () => {
    await page.goto(`${base}/for-you`);
    const feedLink = page.getByRole("link", { name: "Atom", exact: true });
    const oldPath = (await feedLink.getAttribute("href")) ?? "";
    expect((await fetch(`${base}${oldPath}`)).status).toBe(200);
    await page.getByRole("button", { name: "Revoke feed URL" }).click();
    await page.getByRole("status").filter({ hasText: "old feed URL no longer works" }).waitFor();
    const newPath = (await feedLink.getAttribute("href")) ?? "";
    expect(newPath).not.toBe(oldPath);
    expect((await fetch(`${base}${oldPath}`)).status).toBe(404);
    expect((await fetch(`${base}${newPath}`)).status).toBe(200);
  });
});

describe("catch-up", () => {
  const cards = (p: Page) => p.getByRole("list", { name: "Trending papers" }).locator(":scope > li");

  it("shows each paper once in new-since-last-visit, and mark all as seen empties it", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}/?window=all&new=1`);
    await page.getByRole("link", { name: "New since your last visit", exact: true }).waitFor();
    const before = await cards(page).count();
    expect(before).toBeGreaterThan(3);
    const firstTitle = (await cards(page).first().getByRole("heading").textContent())?.trim() ?? "";
    // The first cards sit on screen: after a second they count as seen, and the batch is posted.
    const reported = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/?window=all"), {
      timeout: 15_000,
    });
    await reported;
    await page.reload();
    await cards(page).first().waitFor();
    const after = await cards(page).count();
    expect(after).toBeLessThan(before);
    expect(await cards(page).getByRole("heading", { name: firstTitle, exact: true }).count()).toBe(0);
    // Without the switch, the seen papers are all still there.
    await page.goto(`${base}/?window=all`);
    await cards(page).getByRole("heading", { name: firstTitle, exact: true }).waitFor();
    await page.goto(`${base}/?window=all&new=1`);
    await page.getByRole("button", { name: "Mark all as seen" }).click();
    await page.getByText("You are caught up").waitFor();
    expect(await cards(page).count()).toBe(0);
  });
});
