// The page cache every app instance on one database shares: Next's cache handler (cache-handler.mjs)
// hands each get/set/revalidateTag here. Entries and tag revalidation times live in the database, so
// a page rendered on one instance is served by all, and a revalidation on any (a vote, an ingest)
// reaches all. A small memory front keeps the one-box default fast; it is never trusted on its own:
// every hit is checked against the shared revalidation times first (read at most once a second per
// page kind; this process's own revalidations are seen at once).
import "server-only";
import type { Db } from "@/lib/db/client";
import { createByteBoundedLru } from "@/lib/domain/byte-bounded-lru";
import {
  getPageCacheEntry,
  listTagRevalidations,
  putPageCacheEntry,
  recordTagRevalidations,
} from "@/lib/db/page-cache";
import { CACHED_PREFIX } from "./browse-cache";
import { decodePageCacheValue, encodePageCacheValue } from "./page-cache-codec";
import {
  type GetContext,
  fromStoredTags,
  isRevalidatedSince,
  layoutTagOf,
  storedTagNeedle,
  tagsOfEntry,
  tagsToCheck,
  toStoredTags,
} from "./page-cache-entry";

/** Where cache-handler.mjs finds the installed cache (a global: Next imports that file itself). */
export const PAGE_CACHE_GLOBAL = Symbol.for("paperboard.page-cache");

/** What Next's IncrementalCache expects back from a handler's get (its CacheHandlerValue). */
export type PageCacheHit = { lastModified: number; value: unknown; cacheControl?: unknown };
type SetContext = { tags?: string[]; cacheControl?: unknown; fetchCache?: boolean };

export type SharedPageCache = {
  get: (key: string, ctx?: GetContext) => Promise<PageCacheHit | null>;
  set: (key: string, value: unknown, ctx?: SetContext) => Promise<void>;
  revalidateTag: (tags: string | string[]) => Promise<void>;
};

type Held = { hit: PageCacheHit; tags: string[]; bytes: number };

/** About the 50 MB of pages Next's own memory cache keeps by default (entries counted compressed, ~1:6). */
const DEFAULT_MEMORY_BYTES = 8 * 1024 * 1024;
/** A miss older than this is not the start of the render being stored (that render failed or was dropped). */
const RENDER_WINDOW_MS = 60_000;
/** Misses remembered at most (keys whose render never stored anything, e.g. a page that threw). */
const MAX_PENDING = 1_000;
/**
 * How long one read of the revalidation times answers for the same tags. A revalidation made in this
 * process is seen at once (it clears them); one made by another process (an instance, an ingest, the
 * sync) within this. Reading them on every hit cost ~0.4 ms of CPU, about half of a cached page's.
 */
const DEFAULT_RECHECK_AFTER_MS = 1_000;
/** Tag sets whose last read is kept at most (one per cached route and a few layouts: a handful). */
const MAX_CHECKED = 1_000;

export function createSharedPageCache(
  db: Db,
  options: { memoryBytes?: number; recheckAfterMs?: number; now?: () => number; warn?: (line: string) => void } = {},
): SharedPageCache {
  const now = options.now ?? Date.now;
  const recheckAfterMs = options.recheckAfterMs ?? DEFAULT_RECHECK_AFTER_MS;
  const warn = options.warn ?? ((line: string) => console.warn(line));
  const limit = options.memoryBytes ?? DEFAULT_MEMORY_BYTES;
  const front = createByteBoundedLru<Held>(limit, (held) => held.bytes);
  // When each key last missed: Next renders after a miss and then stores, so the entry is as old as the
  // data that render read — a revalidation landing between the miss and the store makes it stale.
  const missedAt = new Map<string, number>();
  const noteMiss = (key: string) => {
    const at = now();
    const earlier = missedAt.get(key);
    // Concurrent misses share one render (Next locks the key): the earliest dates it.
    if (earlier !== undefined && at - earlier <= RENDER_WINDOW_MS) return;
    if (missedAt.size >= MAX_PENDING) missedAt.clear();
    missedAt.set(key, at);
  };

  // The last read of the revalidation times per tag set, and when it started.
  const checked = new Map<string, { at: number; times: Map<string, number> }>();
  const revalidationTimes = async (tags: string[]) => {
    const key = tags.join(",");
    const at = now();
    const last = checked.get(key);
    if (last && at - last.at < recheckAfterMs) return last.times;
    const times = await listTagRevalidations(db, tags);
    if (checked.size >= MAX_CHECKED) checked.clear();
    checked.set(key, { at, times });
    return times;
  };
  const isFresh = async (tags: string[], writtenAt: number, ctx?: GetContext) => {
    const all = tagsToCheck(tags, ctx);
    return !isRevalidatedSince(all, writtenAt, await revalidationTimes(all));
  };

  return {
    async get(key, ctx) {
      try {
        const held = front.get(key);
        if (held) {
          if (await isFresh(held.tags, held.hit.lastModified, ctx)) {
            missedAt.delete(key);
            return held.hit;
          }
          front.delete(key);
        }
        // Not here, or stale here: another instance may have rendered it again since.
        const row = await getPageCacheEntry(db, key);
        const tags = row ? fromStoredTags(row.tags) : [];
        if (!row || !(await isFresh(tags, row.writtenAt.getTime(), ctx))) {
          noteMiss(key);
          return null;
        }
        const writtenAt = row.writtenAt.getTime();
        const stored = decodePageCacheValue(row.value) as { value: unknown; cacheControl?: unknown };
        const hit = { lastModified: writtenAt, value: stored.value, cacheControl: stored.cacheControl };
        front.set(key, { hit, tags, bytes: row.value.byteLength });
        // Stored meanwhile (by another instance): no render of this process is pending for it.
        missedAt.delete(key);
        return hit;
      } catch (error) {
        // A cache that cannot answer is a miss: the page renders from the database, as without a cache.
        warn(`page cache: could not read ${key}: ${(error as Error).message}`);
        return null;
      }
    },

    async set(key, value, ctx = {}) {
      const tags = tagsOfEntry(value, ctx);
      const cacheControl = ctx.fetchCache ? undefined : ctx.cacheControl;
      const bytes = encodePageCacheValue({ value, cacheControl });
      const stored = now();
      const missed = missedAt.get(key);
      missedAt.delete(key);
      // Dated from the miss that started this render (when there was one), not from its end.
      const writtenAt = missed !== undefined && stored - missed <= RENDER_WINDOW_MS ? missed : stored;
      await putPageCacheEntry(db, key, { value: bytes, tags: toStoredTags(tags), writtenAt: new Date(writtenAt) });
      front.set(key, { hit: { lastModified: writtenAt, value, cacheControl }, tags, bytes: bytes.byteLength });
    },

    async revalidateTag(tags) {
      const list = typeof tags === "string" ? [tags] : tags;
      // Next also passes durations for stale-while-revalidate profiles; this cache expires at once,
      // which serves nothing stale (all this app uses is revalidatePath).
      await recordTagRevalidations(db, list, list.map(storedTagNeedle), new Date(now()));
      checked.clear();
      for (const [key, held] of [...front.entries()])
        if (held.tags.some((tag) => list.includes(tag))) front.delete(key);
    },
  };
}

/** Makes this process's Next cache handler use the shared cache (the web process, before Next starts). */
export function installSharedPageCache(cache: SharedPageCache): void {
  (globalThis as Record<symbol, unknown>)[PAGE_CACHE_GLOBAL] = cache;
}

/**
 * What `revalidateBrowsePages()` does, for processes that cannot call revalidatePath (an ingest, the
 * sync): every instance's next request of a cached browse page renders it again.
 */
export async function recordBrowsePagesChanged(db: Db, now = new Date()): Promise<void> {
  const tag = layoutTagOf(CACHED_PREFIX);
  await recordTagRevalidations(db, [tag], [storedTagNeedle(tag)], now);
}
