// The web process's cached-page path (lib/cache/cached-page-server.ts) on a real database and a real
// HTTP server on loopback: it answers fresh entries of the shared page cache with Next's headers, and
// hands everything it must not answer — stale or revalidated entries, RSC requests, signed-in renders,
// unknown papers, feed revalidations — to the next handler (here a stand-in that answers "next").
import { existsSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { makeSignature } from "better-auth/crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCachedPageServer, SERVED_HERE_HEADER } from "@/lib/cache/cached-page-server";
import { CACHED_ROUTES, cacheKeyOfVariant } from "@/lib/cache/cached-reply";
import { createSharedPageCache, recordBrowsePagesChanged, type SharedPageCache } from "@/lib/cache/shared-page-cache";
import { READER_COOKIE } from "@/lib/cache/reader-cookie";
import { createTestDb, type TestDb } from "../setup/db";

const SECRET = "a-test-secret-that-is-long-enough-0123456789abcdef";
const HTML = `<!DOCTYPE html><html><body>${"<p>trending</p>".repeat(200)}</body></html>`;
const tagsOf = (route: string, path: string) =>
  `_N_T_/layout,_N_T_/cached/layout,_N_T_/cached/${route}/layout,_N_T_/cached/${path}`;

let t: TestDb;
let cache: SharedPageCache;
let clock = Date.now();
let server: http.Server;
let base: string;

const keyOf = (variantPath: string) => cacheKeyOfVariant(variantPath)!.storageKey;
const page = (html: string, tags: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from("rsc"),
  headers: { "x-nextjs-stale-time": "300", "x-next-cache-tags": tags },
});
const FIVE_MINUTES = { cacheControl: { revalidate: 300, expire: 31536000 } };

/** node:http, not fetch: fetch adds `Cache-Control: no-cache` to conditional requests and decodes gzip. */
function get(pathname: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer; here: boolean }>(
    (resolve, reject) => {
      const req = http.request(`${base}${pathname}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
            here: res.headers[SERVED_HERE_HEADER] === "HIT",
          }),
        );
      });
      req.on("error", reject);
      req.end(method === "POST" ? "x" : undefined);
    },
  );
}

beforeAll(async () => {
  t = await createTestDb();
  const now = () => clock;
  cache = createSharedPageCache(t.db, { now });
  // next.config.js's headers as the routes manifest gives them (one rule for every path).
  const configuredHeaders = (pathname: string) => ({ "X-Frame-Options": "DENY", "x-for-path": pathname });
  const serve = createCachedPageServer({ cache, db: t.db, authSecret: SECRET, now, configuredHeaders });
  server = http.createServer((req, res) => {
    void serve(req, res).then((served) => {
      if (!served) res.end("next");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await t.db.paper.create({
    data: { id: "2401.00001", slug: "a-known-paper", title: "A", abstract: "B", source: "test" },
  });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.dispose();
});

describe("which entry a path reads", () => {
  it("names entries exactly as Next stores them (a key read from a running app's database)", () => {
    expect(keyOf("/cached/trending/default")).toBe(
      "/route-cache/APP_PAGE/c8b402104dd4c8877fc01c25b10d6be8f86ad1c565d26f147de46bc38697ef8d/$/cached/trending/default",
    );
    expect(keyOf("/cached/feeds/day/trending.rss")).toBe(
      "/route-cache/APP_ROUTE/fb17e594f881065f521adf452552bb39e1eb4c7ef92535af5b760cd5cb3d5926/$/cached/feeds/day/trending.rss",
    );
    expect(cacheKeyOfVariant("/cached/unknown/x")).toBeNull();
  });

  it("lists only routes that exist under app/", () => {
    for (const route of CACHED_ROUTES) {
      const file = path.join(process.cwd(), "app", route.source);
      expect(existsSync(`${file}.tsx`) || existsSync(`${file}.ts`), route.source).toBe(true);
    }
  });
});

describe("a fresh cached page", () => {
  beforeAll(async () => {
    await cache.set(
      keyOf("/cached/trending/default"),
      page(HTML, tagsOf("trending", "trending/default")),
      FIVE_MINUTES,
    );
  });

  it("is answered here with Next's headers, gzipped once when asked", async () => {
    const plain = await get("/");
    expect(plain.here).toBe(true);
    expect(plain.status).toBe(200);
    expect(plain.body.toString()).toBe(HTML);
    const h = plain.headers;
    expect(h["x-nextjs-cache"]).toBe("HIT");
    expect(h["cache-control"]).toBe("private, no-cache");
    expect(h["content-type"]).toBe("text/html; charset=utf-8");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-for-path"]).toBe("/");
    expect(h["x-nextjs-stale-time"]).toBe("300");
    expect(h["x-next-cache-tags"]).toBeUndefined();
    expect(h.etag).toMatch(/^"[0-9a-z]+"$/);

    const zipped = await get("/", { "accept-encoding": "gzip, deflate, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.body.length).toBeLessThan(HTML.length / 5);
    expect(gunzipSync(zipped.body).toString()).toBe(HTML);
  });

  it("answers a revalidation with 304 and HEAD without a body", async () => {
    const first = await get("/");
    const again = await get("/", { "if-none-match": first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get("/", {}, "HEAD");
    expect(head.here).toBe(true);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(HTML.length);
  });

  it("serves a signed-in reader whose browser fills in their state, and no one else signed in", async () => {
    const token = "session-token-0123456789";
    const session = `better-auth.session_token=${encodeURIComponent(`${token}.${await makeSignature(token, SECRET)}`)}`;
    expect((await get("/", { cookie: session })).body.toString()).toBe("next");
    expect((await get("/", { cookie: `${session}; ${READER_COOKIE}=nonce-12345678` })).here).toBe(true);
    // A session cookie we did not sign buys no per-request render.
    expect((await get("/", { cookie: "better-auth.session_token=made-up.value" })).here).toBe(true);
  });

  it("leaves Next's own requests and the internal paths to Next", async () => {
    for (const [p, headers] of [
      ["/", { rsc: "1" }],
      ["/", { "next-router-prefetch": "1" }],
      ["/?_rsc=abc", {}],
      ["/cached/trending/default", {}],
      ["/?unknown=1", {}],
      ["//another.host/", {}],
    ] as const)
      expect((await get(p, headers)).body.toString(), `${p} ${JSON.stringify(headers)}`).toBe("next");
    expect((await get("/", {}, "POST")).body.toString()).toBe("next");
  });

  it("stops serving an entry once any process records a revalidation, or its time is up", async () => {
    await cache.set(
      keyOf("/cached/trending/date.2026-03-14"),
      page(HTML, tagsOf("trending", "trending/date.2026-03-14")),
      FIVE_MINUTES,
    );
    clock += 1;
    expect((await get("/?date=2026-03-14")).here).toBe(true);
    await recordBrowsePagesChanged(t.db, new Date(clock));
    // Another process's revalidation shows once the last read of the revalidation times is a second old.
    clock += 1;
    expect((await get("/?date=2026-03-14")).here).toBe(true);
    clock += 1_000;
    expect((await get("/?date=2026-03-14")).body.toString()).toBe("next");

    await cache.set(
      keyOf("/cached/trending/week.2026-W11"),
      page(HTML, tagsOf("trending", "trending/week.2026-W11")),
      FIVE_MINUTES,
    );
    clock += 1;
    expect((await get("/?week=2026-W11")).here).toBe(true);
    clock += 300_000;
    expect((await get("/?week=2026-W11")).body.toString()).toBe("next");
  });
});

describe("papers and feeds", () => {
  it("serves a known paper's cached page and leaves an unknown one to the not-found page", async () => {
    await cache.set(
      keyOf("/cached/papers/a-known-paper"),
      page("<p>paper</p>", tagsOf("papers", "papers/a-known-paper")),
      FIVE_MINUTES,
    );
    await cache.set(
      keyOf("/cached/papers/gone-paper"),
      page("<p>gone</p>", tagsOf("papers", "papers/gone-paper")),
      FIVE_MINUTES,
    );
    clock += 1;
    expect((await get("/papers/a-known-paper")).body.toString()).toBe("<p>paper</p>");
    expect((await get("/papers/gone-paper")).body.toString()).toBe("next");
  });

  it("serves a feed with its own headers and the feed policy; a feed reader's revalidation goes to the route", async () => {
    const rss = Buffer.from(`<rss>${"<item/>".repeat(300)}</rss>`);
    await cache.set(
      keyOf("/cached/feeds/day/trending.rss"),
      {
        kind: "APP_ROUTE",
        status: 200,
        body: rss,
        headers: {
          "content-type": "application/rss+xml; charset=utf-8",
          etag: '"feed-etag"',
          "cache-control": "public, max-age=300, must-revalidate",
          "x-next-cache-tags": "_N_T_/layout,_N_T_/cached/layout,_N_T_/feeds/trending.rss",
        },
      },
      FIVE_MINUTES,
    );
    clock += 1;
    const feed = await get("/feeds/trending.rss");
    expect(feed.here).toBe(true);
    expect(feed.body.equals(rss)).toBe(true);
    expect(feed.headers["content-type"]).toBe("application/rss+xml; charset=utf-8");
    expect(feed.headers.etag).toBe('"feed-etag"');
    expect(feed.headers["cache-control"]).toBe("public, max-age=300, must-revalidate");
    expect((await get("/feeds/trending.rss", { "if-none-match": '"feed-etag"' })).body.toString()).toBe("next");
  });
});
