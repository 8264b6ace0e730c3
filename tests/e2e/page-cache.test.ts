// Cached trending and topic pages on an app of their own (this file ingests and votes): anonymous
// visitors — and anyone with a session cookie we did not sign — get the cached copy, a vote or an
// ingest refreshes it; signed-in readers with JavaScript get the same copy with their own state
// fetched by the browser, and without JavaScript a page rendered for them.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPerson, signUp } from "../setup/accounts";
import { startApp, type AppServer } from "../setup/app-server";
import { cardTitled, launchBrowser, type TestBrowser } from "../setup/browser";
import { anonymousVotes as votesOn, cacheState } from "../setup/cached-pages";
import { SERVED_HERE_HEADER } from "@/lib/cache/cached-page-server";
import { READER_COOKIE } from "@/lib/cache/reader-cookie";

let app: AppServer;
let reader: TestBrowser;
const person = newPerson("Cache");

beforeAll(async () => {
  app = await startApp();
  reader = await launchBrowser({ clientAddress: person.address });
});
afterAll(async () => {
  await reader?.close();
  await app?.stop();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${url}`, { headers, redirect: "manual" });
const anonymousVotes = (url: string, title: string) => votesOn(app.url, url, title);

/** The upvotes an anonymous visitor's topic chart counts (every week shown). */
async function chartUpvotes(url: string): Promise<number> {
  const html = await (await get(url)).text();
  const chart = /per week: (\d+) upvotes over/.exec(html)?.[1];
  if (chart !== undefined) return Number(chart);
  // Fewer than three weeks: a sentence instead of a chart ("… per week: 3 papers, 5 upvotes in 2026-W11."),
  // which leaves out a series that is all zero.
  const sentence = /per week: ([^<]*?)\./.exec(html)?.[1];
  if (sentence === undefined) throw new Error(`no weekly activity on ${url}`);
  return Number(/(\d+) upvotes/.exec(sentence)?.[1] ?? 0);
}

describe("cached browse pages", () => {
  it("serves anonymous requests of the browse pages from the cache, and only those", async () => {
    const paper = /href="(\/papers\/[a-z0-9-]+)"/.exec(await (await get("/")).text())?.[1];
    expect(paper).toBeTruthy();
    for (const url of [
      "/",
      "/?week=2026-W11&sort=newest",
      "/topics/audio",
      "/topics/audio?date=2026-03-13",
      "/topics",
      "/status",
      paper!,
    ]) {
      await get(url);
      const again = await get(url);
      expect(again.status, url).toBe(200);
      expect(cacheState(again), url).toBe("HIT");
      // Answered by the web process from the shared cache, before Next (lib/cache/cached-page-server.ts).
      expect(again.headers.get(SERVED_HERE_HEADER), url).toBe("HIT");
      // No shared cache (CDN) may keep the anonymous copy of a URL a signed-in reader also opens.
      expect(again.headers.get("cache-control"), url).toBe("private, no-cache");
    }
    // A session cookie we did not sign buys no per-request render: the anonymous copy, from the cache.
    for (const cookie of ["better-auth.session_token=x", `better-auth.session_token=abc.${"A".repeat(43)}%3D`]) {
      const forged = await get("/", { cookie });
      expect(cacheState(forged), cookie).toBe("HIT");
      expect(forged.headers.get("cache-control"), cookie).toBe("private, no-cache");
    }
    // An unknown parameter or an unreadable period: rendered per request.
    for (const [url, headers] of [
      ["/?notice=saved", {}],
      ["/?week=11", {}],
      ["/topics?x=1", {}],
      [`${paper}?notice=saved`, {}],
    ] as const) {
      const res = await get(url, headers);
      expect(res.status, url).toBe(200);
      expect(cacheState(res), url).toBeNull();
      expect(res.headers.get("cache-control"), url).toMatch(/no-store/);
    }
    // The public feeds: one cached copy for everyone, keeping the feed's own cache policy; a reader's
    // revalidation reaches the per-request route, which answers 304 with the cached copy's validators.
    for (const url of ["/feeds/trending.rss", "/feeds/trending.atom?window=week", "/feeds/topics/audio.json"]) {
      await get(url);
      const again = await get(url, { cookie: "better-auth.session_token=x" });
      expect(again.status, url).toBe(200);
      expect(cacheState(again), url).toBe("HIT");
      expect(again.headers.get("cache-control"), url).toBe("public, max-age=300, must-revalidate");
      const revalidation = await get(url, { "if-none-match": again.headers.get("etag")! });
      expect(revalidation.status, url).toBe(304);
      expect(cacheState(revalidation), url).toBeNull();
    }
    // The internal route cannot be reached directly.
    expect((await get("/cached/feeds/day/trending.rss")).status).toBe(404);
    expect((await get("/cached/trending/default")).status).toBe(404);
    expect((await get("/cached/topics/audio/default")).status).toBe(404);
    expect((await get("/cached/status/default")).status).toBe(404);
  });

  it("shows a reader's vote to the next anonymous visitor; the reader gets the cached copy with their own state, or without JavaScript a page rendered for them", async () => {
    const url = "/?date=2026-03-13&sort=newest";
    const html = await (await get(url)).text();
    const title = /<h2[^>]*><a[^>]*>([^<&]+)<\/a>/.exec(html)?.[1];
    expect(title).toBeTruthy();
    const before = await anonymousVotes(url, title!);
    expect(cacheState(await get(url))).toBe("HIT");
    // The first paper of the seed digest is about music: its topic's chart counts readers' upvotes too.
    const topicUrl = "/topics/audio";
    expect(await anonymousVotes(topicUrl, title!)).toBe(before);
    const topicBefore = await chartUpvotes(topicUrl);

    const page = await reader.context.newPage();
    await signUp(page, app.url, person, url);
    await page.locator("html[data-js=ready]").waitFor();
    const card = cardTitled(page, title!);
    await card.getByRole("button", { name: /Upvote/ }).click();
    await expect.poll(() => card.getByRole("button", { name: /Upvote/ }).getAttribute("aria-pressed")).toBe("true");
    await card.getByRole("button", { name: /Bookmark/ }).click();
    await expect.poll(() => card.getByRole("button", { name: /Bookmark/ }).getAttribute("aria-pressed")).toBe("true");

    await expect.poll(() => anonymousVotes(url, title!)).toBe(before + 1);
    await expect.poll(() => chartUpvotes(topicUrl)).toBe(topicBefore + 1);
    const cookies = await page.context().cookies(app.url);
    const session = cookies.find((c) => c.name.endsWith("session_token"))!;
    expect(
      cookies.some((c) => c.name === READER_COOKIE),
      "a signed-in page with JavaScript marks the browser",
    ).toBe(true);

    // With JavaScript: the shared cached copy, completed in the browser by the reader's own state. First
    // a copy rendered after the last revalidation must be stored: the bookmark's may land while one
    // renders, which leaves that one stale (it may have read the database before the bookmark).
    await expect.poll(async () => cacheState(await get(url))).toBe("HIT");
    const again = await page.goto(`${app.url}${url}`);
    expect(again!.headers()["x-nextjs-cache"]).toBe("HIT");
    await page.locator("html[data-js=ready]").waitFor();
    const cachedCard = cardTitled(page, title!);
    // Hydration, then one request: seconds on this shared machine, so a longer poll than the default.
    const pressed = (name: RegExp) =>
      expect.poll(() => cachedCard.getByRole("button", { name }).getAttribute("aria-pressed"), { timeout: 15_000 });
    await pressed(/Bookmark/).toBe("true");
    await pressed(/Upvote/).toBe("true");
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Library" }).waitFor();
    expect(await page.getByRole("link", { name: "Only topics I follow →" }).count()).toBe(1);
    // The reader's state takes one small request, never stored by anyone.
    const paperId = await cachedCard.locator('input[name="paperId"]').first().getAttribute("value");
    const state = await page.context().request.get(`${app.url}/api/me/state?ids=${paperId}`);
    expect(state.headers()["cache-control"]).toBe("private, no-store");
    expect(await state.json()).toMatchObject({ signedIn: true, bookmarked: [paperId], voted: [paperId] });

    // Without JavaScript (no reader cookie), the session alone: the page is rendered for the reader.
    const own = await get(url, { cookie: `${session.name}=${session.value}` });
    expect(cacheState(own)).toBeNull();
    const ownHtml = await own.text();
    const ownCard = ownHtml.slice(ownHtml.indexOf(`>${title}</a>`));
    expect(ownCard).toMatch(/^[^]*?aria-pressed="true"[^>]*><span aria-hidden="true">★<\/span> <!-- -->Bookmark/);
    // …while the cached copy never shows anyone's bookmark as pressed, whoever asks.
    expect(await (await get(url)).text()).not.toContain('aria-pressed="true"');
    const withReader = await get(url, {
      cookie: `${session.name}=${session.value}; ${READER_COOKIE}=abcdefgh12345678`,
    });
    expect(cacheState(withReader)).toBe("HIT");
    expect(await withReader.text()).not.toContain('aria-pressed="true"');

    // Another reader, and an anonymous visitor, asking about the same paper learn nothing of this one.
    const other = await launchBrowser({ clientAddress: newPerson("Other").address });
    try {
      const otherPage = await other.context.newPage();
      await signUp(otherPage, app.url, newPerson("Other"), url);
      const theirs = await otherPage.context().request.get(`${app.url}/api/me/state?ids=${paperId}`);
      expect(await theirs.json()).toMatchObject({ signedIn: true, bookmarked: [], voted: [] });
      const otherCard = cardTitled(otherPage, title!);
      await otherPage.goto(`${app.url}${url}`);
      await otherPage.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Library" }).waitFor();
      expect(await otherCard.getByRole("button", { name: /Bookmark/ }).getAttribute("aria-pressed")).toBe("false");
    } finally {
      await other.close();
    }
    expect(await (await get(`/api/me/state?ids=${paperId}`)).json()).toEqual({
      signedIn: false,
      bookmarked: [],
      voted: [],
      votes: { [paperId!]: before + 1 },
    });
    expect((await get("/api/me/state?ids=not%20an%20id")).status).toBe(400);

    // Signing out forgets the browser's reader: the header says "Sign in" again on the cached copy.
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" }).waitFor();
    expect((await page.context().cookies(app.url)).some((c) => c.name === READER_COOKIE)).toBe(false);
    await page.close();
  });

  it("shows a new digest on `/` after `npm run ingest` against the running app, without a restart", async () => {
    expect(await (await get("/")).text()).not.toContain("Stale Pages Considered Harmful");
    expect(cacheState(await get("/"))).toBe("HIT");
    expect(await (await get("/feeds/trending.atom")).text()).not.toContain("Stale Pages Considered Harmful");
    expect(cacheState(await get("/feeds/trending.atom"))).toBe("HIT");
    const digest = path.join(app.dataDir, "digest-2026-03-16.txt");
    writeFileSync(
      digest,
      "Mar 16\n\nStale Pages Considered Harmful\n\nWe cache a trending page and ingest a new digest while it is served.\n",
    );
    // `npm run ingest` as a person would run it beside the app: same data dir (the database it marks).
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: app.dataDir };
    delete env.MEILI_URL;
    delete env.DATABASE_FILE;
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/ingest.ts", digest, "--date", "2026-03-16"],
      {
        env,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code, output).toBe(0);
    expect(output).toContain("app: cached pages marked stale on every instance");
    const fresh = await get("/");
    const html = await fresh.text();
    expect(html).toContain("Stale Pages Considered Harmful");
    expect(html).toContain("Mar 16, 2026");
    expect(cacheState(await get("/"))).toBe("HIT");
    // The trending feed, cached as well, follows the page.
    expect(await (await get("/feeds/trending.atom")).text()).toContain("Stale Pages Considered Harmful");
    // /status (per request) now has a gap between the two digests: one weekend, listed as one range.
    const status = (await (await get("/status")).text()).replace(/<!-- -->/g, "");
    expect(status).toContain("2 of the 4 days shown had no digest; 2 of them fell on weekends");
    expect(status).toMatch(/Mar 14, 2026 – Mar 15, 2026<span[^>]*> \(2 days\) — weekend<\/span>/);
  });

  it("refuses a revalidation call without the app's signature", async () => {
    expect((await fetch(`${app.url}/api/revalidate`, { method: "POST" })).status).toBe(401);
    const forged = await fetch(`${app.url}/api/revalidate`, {
      method: "POST",
      headers: { authorization: "Bearer eyJwIjoicmV2YWxpZGF0ZSIsImUiOjk5OTk5OTk5OTl9.AAAA" },
    });
    expect(forged.status).toBe(401);
  });
});
