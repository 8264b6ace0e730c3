// Follows: a signed-in user follows a topic, gets a private feed URL, revokes it, unfollows; nobody
// else can see or use them.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { newPerson, signUp } from "../setup/accounts";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const carol = newPerson("Carol");
let browser: TestBrowser;
let page: Page;
let feedUrl = "";

beforeAll(async () => {
  browser = await launchBrowser({ clientAddress: carol.address });
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser.close();
});

const atomUrl = async (p: Page) =>
  (await p.getByRole("definition").filter({ hasText: ".atom" }).first().textContent())!.trim();

describe("following a topic", () => {
  it("sends anonymous visitors to sign in", async () => {
    const res = await fetch(`${base}/follows`, { redirect: "manual" });
    expect([303, 307]).toContain(res.status);
    expect(res.headers.get("location")).toContain("/sign-in?next=/follows");
  });

  it("follows a topic from its page and lists its private feed", async () => {
    await signUp(page, base, carol);
    await page.goto(`${base}/topics/audio`);
    await page.getByRole("button", { name: "Follow this topic" }).click();
    await page.waitForURL(/\/follows\?notice=followed/);
    await expect(page.getByRole("status").filter({ hasText: "Followed." }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Speech, music & audio" }).isVisible()).resolves.toBe(true);
    feedUrl = await atomUrl(page);
    expect(feedUrl).toMatch(/\/feeds\/follows\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}\.atom$/);
  });

  it("shows only its own notices: ?notice=constructor finds nothing inherited", async () => {
    const notices = page.locator("main p[role=status]");
    for (const code of ["constructor", "__proto__", "toString", "hasOwnProperty"]) {
      await page.goto(`${base}/follows?notice=${code}`);
      expect([code, await notices.count()]).toEqual([code, 0]);
    }
    await page.goto(`${base}/follows?notice=unfollowed`);
    await expect(notices.textContent()).resolves.toBe("Unfollowed.");
    await page.goto(`${base}/follows`);
  });

  it("narrows trending to the followed topics", async () => {
    await page.goto(`${base}/`);
    await page.getByRole("link", { name: "Only topics I follow →" }).click();
    await page.waitForURL(/\/following$/);
    const topics = (await (await fetch(`${base}/api/topics`)).json()) as {
      topics: { slug: string; paperCount: number }[];
    };
    const audio = topics.topics.find((t) => t.slug === "audio")!;
    const cards = page.getByRole("list", { name: "Trending in topics you follow" }).locator(":scope > li");
    expect(await cards.count()).toBe(audio.paperCount);
    await expect(cards.first().getByRole("list", { name: "Topics" }).textContent()).resolves.toContain(
      "Speech, music & audio",
    );
    await page.getByRole("link", { name: "Week", exact: true }).click();
    await page.waitForURL(/\/following\?week=/);
    expect(await cards.count()).toBe(audio.paperCount);
    await page.goto(`${base}/follows`);
  });

  it("serves the topic's papers on the private feed, privately and unindexed", async () => {
    const res = await fetch(feedUrl.replace(/^https?:\/\/[^/]+/, base));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("private");
    expect(res.headers.get("x-robots-tag")).toBe("noindex");
    const xml = await res.text();
    expect(xml).toContain("Paperboard — Speech, music &amp; audio");
    expect(xml).toContain("Theme Transformer: Symbolic Music Generation");
  });

  it("revokes the feed URL: the old one is gone, a new one works", async () => {
    await page.getByRole("button", { name: "Revoke feed URL" }).click();
    await page.waitForURL(/notice=revoked/);
    const fresh = await atomUrl(page);
    expect(fresh).not.toBe(feedUrl);
    expect((await fetch(feedUrl.replace(/^https?:\/\/[^/]+/, base))).status).toBe(404);
    expect((await fetch(fresh.replace(/^https?:\/\/[^/]+/, base))).status).toBe(200);
    feedUrl = fresh;
  });

  it("rejects a forged token and unfollows", async () => {
    // Change the MAC's first character: the last one of 43 base64url characters carries only 4 of its
    // 6 bits, so swapping "A" for "B" there left the same bytes (a valid token) about one run in 16.
    const forged = feedUrl.replace(
      /\.([A-Za-z0-9_-]{43})\.atom$/,
      (_m, mac: string) => `.${mac.startsWith("A") ? "B" : "A"}${mac.slice(1)}.atom`,
    );
    expect((await fetch(forged.replace(/^https?:\/\/[^/]+/, base))).status).toBe(404);
    await page.getByRole("button", { name: "Unfollow" }).click();
    await page.waitForURL(/notice=unfollowed/);
    await expect(page.getByText("You follow nothing yet.").isVisible()).resolves.toBe(true);
    expect((await fetch(feedUrl.replace(/^https?:\/\/[^/]+/, base))).status).toBe(404);
  });
});
