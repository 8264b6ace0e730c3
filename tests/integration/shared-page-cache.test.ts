// The page cache two app instances share through one database (SQLite here, PostgreSQL in the
// `postgres` project): a page one writes the other serves, and a revalidation on either — or recorded
// by an ingest — makes both render it again, even the copy an instance holds in memory. Driven through
// the cache handler Next itself loads (cache-handler.mjs).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import {
  createSharedPageCache,
  installSharedPageCache,
  recordBrowsePagesChanged,
  type SharedPageCache,
} from "@/lib/cache/shared-page-cache";
import { createTestDb, type TestDb } from "../setup/db";

type Handler = {
  get: (key: string, ctx: object) => Promise<{ lastModified: number; value: unknown; cacheControl?: unknown } | null>;
  set: (key: string, value: unknown, ctx: object) => Promise<void>;
  revalidateTag: (tags: string | string[]) => Promise<void>;
};

let t: TestDb;
let otherDb: Db;
let a: SharedPageCache;
let b: SharedPageCache;
let HandlerClass: new (ctx: object) => Handler;
let clock = 1_000_000;

/** One handler as Next constructs it, running on the given instance's cache (as in that instance's process). */
const handlerOn = (cache: SharedPageCache): Handler => {
  installSharedPageCache(cache);
  const handler = new HandlerClass({});
  return {
    get: (key, ctx) => (installSharedPageCache(cache), handler.get(key, ctx)),
    set: (key, value, ctx) => (installSharedPageCache(cache), handler.set(key, value, ctx)),
    revalidateTag: (tags) => (installSharedPageCache(cache), handler.revalidateTag(tags)),
  };
};

const page = (html: string) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc:${html}`),
  headers: {
    "x-next-cache-tags":
      "_N_T_/layout,_N_T_/cached/layout,_N_T_/cached/trending/layout,_N_T_/cached/trending/[key]/page,_N_T_/cached/trending/default",
  },
  status: 200,
});
const appPage = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false };
const KEY = "/route-cache/abc/$/cached/trending/default";

beforeAll(async () => {
  t = await createTestDb();
  otherDb = createPrismaClient(t.file);
  // Each instance its own connection and memory; a clock that only moves forward, one tick per write.
  const now = () => ++clock;
  // Every read of the revalidation times goes to the database here; the window is tested apart (below).
  a = createSharedPageCache(t.db, { now, recheckAfterMs: 0 });
  b = createSharedPageCache(otherDb, { now, recheckAfterMs: 0 });
  const modulePath = path.join(process.cwd(), "cache-handler.mjs");
  HandlerClass = ((await import(/* @vite-ignore */ modulePath)) as { default: typeof HandlerClass }).default;
});
afterAll(async () => {
  await otherDb?.$disconnect();
  await t?.dispose();
});

describe("the shared page cache", () => {
  it("serves on B what A rendered, with its lifetime and Buffers intact", async () => {
    const onA = handlerOn(a);
    const onB = handlerOn(b);
    expect(await onB.get(KEY, appPage)).toBeNull();
    await onA.set(KEY, page("v1"), { ...appPage, cacheControl: { revalidate: 300, expire: undefined } });
    const hit = await onB.get(KEY, appPage);
    expect((hit?.value as { html: string }).html).toBe("v1");
    expect(Buffer.isBuffer((hit?.value as { rscData: unknown }).rscData)).toBe(true);
    expect(hit?.cacheControl).toEqual({ revalidate: 300 });
    expect(hit?.lastModified).toBeGreaterThan(1_000_000);
  });

  it("drops the page on both after revalidatePath on A, though B still held it in memory", async () => {
    const onA = handlerOn(a);
    const onB = handlerOn(b);
    expect(await onB.get(KEY, appPage)).not.toBeNull(); // in B's memory front now
    // What revalidatePath("/cached", "layout") hands the cache handler.
    await onA.revalidateTag(["_N_T_/cached/layout"]);
    expect(await onB.get(KEY, appPage)).toBeNull();
    expect(await onA.get(KEY, appPage)).toBeNull();
    // And the dead row is gone from the table, not left to grow it.
    expect(await t.db.pageCacheEntry.count()).toBe(0);
  });

  it("serves B's new render on A, and a tag of another page leaves it alone", async () => {
    const onA = handlerOn(a);
    const onB = handlerOn(b);
    await onB.set(KEY, page("v2"), { ...appPage, cacheControl: { revalidate: 300 } });
    await onA.revalidateTag("_N_T_/cached/topics/audio/default");
    expect(((await onA.get(KEY, appPage))?.value as { html: string }).html).toBe("v2");
    expect(((await onB.get(KEY, appPage))?.value as { html: string }).html).toBe("v2");
  });

  it("keeps no page whose render began before a revalidation on another instance", async () => {
    const onA = handlerOn(a);
    const onB = handlerOn(b);
    const key = "/route-cache/abc/$/cached/trending/week.2026-W11";
    expect(await onB.get(key, appPage)).toBeNull(); // B misses, and starts rendering from the database…
    await onA.revalidateTag(["_N_T_/cached/layout"]); // …while a vote on A lands…
    await onB.set(key, page("rendered before the vote"), { ...appPage, cacheControl: { revalidate: 300 } });
    // …so what B stores is already stale, on both; the next render is kept.
    expect(await onA.get(key, appPage)).toBeNull();
    expect(await onB.get(key, appPage)).toBeNull();
    await onB.set(key, page("rendered after the vote"), { ...appPage, cacheControl: { revalidate: 300 } });
    expect(((await onA.get(key, appPage))?.value as { html: string }).html).toBe("rendered after the vote");
  });

  it("drops it everywhere when an ingest records the change in the database", async () => {
    const onA = handlerOn(a);
    const onB = handlerOn(b);
    await onB.set(KEY, page("v3"), { ...appPage, cacheControl: { revalidate: 300 } });
    expect(await onA.get(KEY, appPage)).not.toBeNull();
    await recordBrowsePagesChanged(t.db, new Date(++clock));
    expect(await onA.get(KEY, appPage)).toBeNull();
    expect(await onB.get(KEY, appPage)).toBeNull();
  });

  it("caches nothing in a process where no shared cache is installed (the build)", async () => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("paperboard.page-cache")];
    const handler = new HandlerClass({});
    await handler.set(KEY, page("build"), { ...appPage, cacheControl: { revalidate: 300 } });
    expect(await handler.get(KEY, appPage)).toBeNull();
    expect(await t.db.pageCacheEntry.count()).toBe(0);
  });
});

describe("reading the revalidation times", () => {
  it("sees another process's revalidation once its last read is a second old, its own at once", async () => {
    let at = 5_000_000;
    const now = () => at;
    const here = createSharedPageCache(t.db, { now, recheckAfterMs: 1_000 });
    const elsewhere = createSharedPageCache(otherDb, { now, recheckAfterMs: 1_000 });
    const key = "/route-cache/abc/$/cached/trending/month.2026-03";
    await here.set(key, page("v1"), { cacheControl: { revalidate: 300 } });
    at += 1;
    expect(await here.get(key)).not.toBeNull(); // reads the times: nothing newer than the page
    await elsewhere.revalidateTag(["_N_T_/cached/layout"]);
    at += 999;
    expect(await here.get(key)).not.toBeNull(); // that read still answers
    at += 1;
    expect(await here.get(key)).toBeNull(); // a second on, read again: stale
    await here.set(key, page("v2"), { cacheControl: { revalidate: 300 } });
    at += 1;
    expect(await here.get(key)).not.toBeNull();
    await here.revalidateTag(["_N_T_/cached/layout"]);
    expect(await here.get(key)).toBeNull(); // this process's own revalidation: at once
  });
});
