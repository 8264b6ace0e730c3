// What a cached browse page or feed answers with, built once from its shared page cache entry: the
// status, body and headers Next sends for that entry on a cache hit, and the body gzipped once. Next's
// own functions name the entry (its cache key) and tag the page (its ETag), so a page gets the same key
// and the same ETag whether Next or the web process serves it.
import { gzipSync } from "node:zlib";
import { generateETag } from "next/dist/server/lib/etag.js";
import { getRouteCacheKey } from "next/dist/server/lib/route-cache-key.js";
import type { RouteKind } from "next/dist/server/route-kind.js";
import { CACHE_TAGS_HEADER } from "./page-cache-entry";
import type { PageCacheHit } from "./shared-page-cache";

type EntryKind = "APP_PAGE" | "APP_ROUTE";

/** The routes under app/cached as Next names them (each is the file app<source>.tsx or .ts). */
export const CACHED_ROUTES: readonly { pattern: RegExp; kind: EntryKind; source: string }[] = [
  { pattern: /^\/cached\/trending\/[^/]+$/, kind: "APP_PAGE", source: "/cached/trending/[key]/page" },
  { pattern: /^\/cached\/topics\/[^/]+\/[^/]+$/, kind: "APP_PAGE", source: "/cached/topics/[slug]/[key]/page" },
  { pattern: /^\/cached\/papers\/[^/]+$/, kind: "APP_PAGE", source: "/cached/papers/[slug]/page" },
  { pattern: /^\/cached\/topic-index\/[^/]+$/, kind: "APP_PAGE", source: "/cached/topic-index/[key]/page" },
  { pattern: /^\/cached\/status\/[^/]+$/, kind: "APP_PAGE", source: "/cached/status/[key]/page" },
  { pattern: /^\/cached\/feeds\/.+$/, kind: "APP_ROUTE", source: "/cached/feeds/[...path]/route" },
];

/** What Next varies these responses on (its router headers), and the compression. */
const VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";

export type CachedReply = {
  lastModified: number;
  cacheControl: string;
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: Buffer;
  gzipped: Buffer;
  bytes: number;
};

/** The entry kind and Next's storage key of a cached variant's internal path, or null for no such route. */
export function cacheKeyOfVariant(path: string): { kind: EntryKind; storageKey: string } | null {
  const route = CACHED_ROUTES.find((r) => r.pattern.test(path));
  if (!route) return null;
  return {
    kind: route.kind,
    storageKey: getRouteCacheKey(path, { kind: route.kind as RouteKind, sourceRoute: route.source }),
  };
}

/** Next's staleness rule: an entry is served as fresh until its revalidate time has passed. */
export function isFreshByTime(hit: PageCacheHit, now: number): boolean {
  const revalidate = (hit.cacheControl as { revalidate?: unknown } | undefined)?.revalidate;
  return typeof revalidate === "number" && now < hit.lastModified + revalidate * 1000;
}

type PageValue = {
  kind?: unknown;
  html?: unknown;
  postponed?: unknown;
  body?: unknown;
  status?: unknown;
  headers?: unknown;
};

/** The reply for a cache hit, or null for an entry this path does not serve (Next then does). */
export function toCachedReply(kind: EntryKind, hit: PageCacheHit, cacheControl: string): CachedReply | null {
  const value = (hit.value ?? {}) as PageValue;
  if (value.kind !== kind) return null;
  const headers: Record<string, string> = {};
  if (value.headers && typeof value.headers === "object")
    for (const [name, v] of Object.entries(value.headers)) if (typeof v === "string") headers[name.toLowerCase()] = v;
  delete headers[CACHE_TAGS_HEADER];
  let body: Buffer;
  if (kind === "APP_PAGE") {
    // A partially prerendered page needs Next to resume it; none of these is one.
    if (typeof value.html !== "string" || value.postponed) return null;
    body = Buffer.from(value.html);
    headers["content-type"] = "text/html; charset=utf-8";
    headers["x-nextjs-prerender"] = "1";
    headers.etag = generateETag(value.html);
  } else {
    if (!Buffer.isBuffer(value.body)) return null;
    body = value.body;
  }
  headers["cache-control"] = cacheControl;
  headers.vary = VARY;
  headers["x-nextjs-cache"] = "HIT";
  const gzipped = gzipSync(body);
  const status = typeof value.status === "number" ? value.status : 200;
  return {
    lastModified: hit.lastModified,
    cacheControl,
    status,
    headers,
    body,
    gzipped,
    bytes: body.byteLength + gzipped.byteLength,
  };
}
