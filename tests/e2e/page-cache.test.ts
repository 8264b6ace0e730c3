// Cached trending and topic pages on an app of their own (this file ingests and votes): anonymous
// visitors — and anyone with a session cookie we did not sign — get the cached copy, a vote or an
// ingest refreshes it, signed-in readers still get their own state rendered on the server.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newPerson, signUp } from "../setup/accounts";
import { startApp, type AppServer } from "../setup/app-server";
import { launchBrowser, type TestBrowser } from "../setup/browser";

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

const get = (url: string, headers: Record<string, string> = {}) => fetch(`${app.url}${url}`, { headers, redirect: "manual" });
const cacheState = (res: Response) => res.headers.get("x-nextjs-cache");

/** The vote count an anonymous visitor is shown on the card titled `title`. */
async function anonymousVotes(url: string, title: string): Promise<number> {
  const html = await (await get(url)).text();
  const card = html.slice(html.indexOf(`>${title}</a>`));
  const count = /Upvote<span class="tabular-nums"> \(<!-- -->(\d+)<!-- -->\)/.exec(card)?.[1];
  if (count === undefined) throw new Error(`no vote count for ${title} on ${url}`);
  return Number(count);
}

/** The upvotes an anonymous visitor's topic chart counts (every week shown). */
async function chartUpvotes(url: string): Promise<number> {
  const count = /per week: (\d+) upvotes over/.exec(await (await get(url)).text())?.[1];
  if (count === undefined) throw new Error(`no upvotes chart on ${url}`);
  return Number(count);
}

describe("cached browse pages", () => {
  it("serves anonymous requests of `/` and topic permalinks from the cache, and only those", async () => {
    for (const url of ["/", "/?week=2026-W11&sort=newest", "/topics/audio", "/topics/audio?date=2026-03-13"]) {
      await get(url);
      const again = await get(url);
      expect(again.status, url).toBe(200);
      expect(cacheState(again), url).toBe("HIT");
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
    for (const [url, headers] of [["/?notice=saved", {}], ["/?week=11", {}]] as const) {
      const res = await get(url, headers);
      expect(res.status, url).toBe(200);
      expect(cacheState(res), url).toBeNull();
      expect(res.headers.get("cache-control"), url).toMatch(/no-store/);
    }
    // The internal route cannot be reached directly.
    expect((await get("/cached/trending/default")).status).toBe(404);
    expect((await get("/cached/topics/audio/default")).status).toBe(404);
  });

  it("shows a signed-in reader's vote to the next anonymous visitor, and the reader's own state server-rendered", async () => {
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
    const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title!, exact: true }) }).first();
    await card.getByRole("button", { name: /Upvote/ }).click();
    await expect.poll(() => card.getByRole("button", { name: /Upvote/ }).getAttribute("aria-pressed")).toBe("true");
    await card.getByRole("button", { name: /Bookmark/ }).click();
    await expect.poll(() => card.getByRole("button", { name: /Bookmark/ }).getAttribute("aria-pressed")).toBe("true");

    await expect.poll(() => anonymousVotes(url, title!)).toBe(before + 1);
    await expect.poll(() => chartUpvotes(topicUrl)).toBe(topicBefore + 1);
    // The reader's own request carries their session: rendered for them, bookmark and vote pressed.
    const own = await page.context().request.get(`${app.url}${url}`);
    expect(own.headers()["x-nextjs-cache"]).toBeUndefined();
    const ownHtml = await own.text();
    const ownCard = ownHtml.slice(ownHtml.indexOf(`>${title}</a>`));
    expect(ownCard).toMatch(/^[^]*?aria-pressed="true"[^>]*><span aria-hidden="true">★<\/span> <!-- -->Bookmark/);
    // …while the anonymous copy never shows anyone's bookmark as pressed.
    expect(await (await get(url)).text()).not.toContain('aria-pressed="true"');
    await page.close();
  });

  it("shows a new digest on `/` after `npm run ingest` against the running app, without a restart", async () => {
    expect(await (await get("/")).text()).not.toContain("Stale Pages Considered Harmful");
    expect(cacheState(await get("/"))).toBe("HIT");
    const digest = path.join(app.dataDir, "digest-2026-03-16.txt");
    writeFileSync(digest, "Mar 16\n\nStale Pages Considered Harmful\n\nWe cache a trending page and ingest a new digest while it is served.\n");
    const port = new URL(app.url).port;
    // `npm run ingest` as a person would run it beside the app: same data dir, same PORT.
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: app.dataDir, PORT: port };
    delete env.MEILI_URL;
    delete env.DATABASE_FILE;
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/ingest.ts", digest, "--date", "2026-03-16"], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code, output).toBe(0);
    expect(output).toContain(`app: cached pages refreshed at http://127.0.0.1:${port}`);
    const fresh = await get("/");
    const html = await fresh.text();
    expect(html).toContain("Stale Pages Considered Harmful");
    expect(html).toContain("Mar 16, 2026");
    expect(cacheState(await get("/"))).toBe("HIT");
    // /status (per request) now has a gap between the two digests: one weekend, listed as one range.
    const status = (await (await get("/status")).text()).replace(/<!-- -->/g, "");
    expect(status).toContain("2 of the 4 days shown had no digest; 2 of them fell on weekends");
    expect(status).toMatch(/Mar 14, 2026 – Mar 15, 2026<span[^>]*> \(2 days\) — weekend<\/span>/);
  });

  it("refuses a revalidation call without the app's signature", async () => {
    expect((await fetch(`${app.url}/api/revalidate`, { method: "POST" })).status).toBe(401);
    const forged = await fetch(`${app.url}/api/revalidate`, { method: "POST", headers: { authorization: "Bearer eyJwIjoicmV2YWxpZGF0ZSIsImUiOjk5OTk5OTk5OTl9.AAAA" } });
    expect(forged.status).toBe(401);
  });
});
