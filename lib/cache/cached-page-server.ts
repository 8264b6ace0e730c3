// The web process answers a fresh cached browse page itself, before Next runs. Served by Next, a cached
// `/` cost about 11 ms of CPU (its proxy, router and response cache, and gzip on every response) where a
// static file of the same size costs 7: the cache saved the render but not the serving. Here the request
// takes the same decision as proxy.ts (browse-route.ts), reads the same entry Next would (the shared
// page cache, under Next's own key), answers with the same headers, and compresses each entry once
// instead of once per response. Anything else — a miss, an entry past its revalidate time, an RSC or
// prefetch request, a rate-limited path, a signed-in render — goes on to Next, which renders, stores and
// serves it as before; so this path can only ever serve what Next itself would have served from cache.
import type { IncomingMessage, ServerResponse } from "node:http";
import fresh from "fresh";
import type { Db } from "@/lib/db/client";
import { createByteBoundedLru } from "@/lib/domain/byte-bounded-lru";
import { urlTargetExists } from "@/lib/db/url-targets";
import { negotiateEncoding } from "@/lib/edge/compression";
import { classifyRequest } from "@/lib/rate-limit/policies";
import { isCachedPath } from "./browse-cache";
import { cachedVariantOf, mayServeCachedCopy, type CachedVariant } from "./browse-route";
import { cacheKeyOfVariant, isFreshByTime, toCachedReply, type CachedReply } from "./cached-reply";
import type { SharedPageCache } from "./shared-page-cache";

/** Headers Next's client router sends for RSC payloads, prefetches and actions: those are Next's to answer. */
const ROUTER_HEADERS = [
  "rsc",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-action",
];
/** Bodies below this are sent as they are (the `compression` middleware's default threshold, which Next uses). */
const GZIP_THRESHOLD_BYTES = 1024;
/** Prepared replies kept at most (bodies and their gzip): a few dozen pages and feeds. */
const DEFAULT_PREPARED_BYTES = 32 * 1024 * 1024;
/** Marks a reply served here, not by Next (tests and benchmarks tell the two paths apart by it). */
export const SERVED_HERE_HEADER = "x-paperboard-cache";

export type CachedPageServerOptions = {
  cache: SharedPageCache;
  db: Db;
  authSecret: string;
  /** next.config.js's headers for a public path (lib/edge/configured-headers.ts). */
  configuredHeaders: (pathname: string) => Record<string, string>;
  preparedBytes?: number;
  now?: () => number;
  warn?: (line: string) => void;
};

/** Returns a handler that answers from the cache and resolves true, or resolves false without writing. */
export function createCachedPageServer(options: CachedPageServerOptions) {
  const now = options.now ?? Date.now;
  const warn = options.warn ?? ((line: string) => console.warn(line));
  const prepared = createByteBoundedLru<CachedReply>(
    options.preparedBytes ?? DEFAULT_PREPARED_BYTES,
    (reply) => reply.bytes,
  );

  /** The reply for this variant when its entry is fresh, or null (Next then answers). */
  const replyFor = async (variant: CachedVariant): Promise<CachedReply | null> => {
    const key = cacheKeyOfVariant(variant.path);
    if (!key) return null;
    // Checks the entry against every instance's revalidations, as Next's own read does.
    const hit = await options.cache.get(key.storageKey);
    if (!hit || !isFreshByTime(hit, now())) return null;
    const held = prepared.get(key.storageKey);
    if (held && held.lastModified === hit.lastModified && held.cacheControl === variant.cacheControl) return held;
    const reply = toCachedReply(key.kind, hit, variant.cacheControl);
    if (reply) prepared.set(key.storageKey, reply);
    else prepared.delete(key.storageKey);
    return reply;
  };

  return async function serveCachedPage(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return false;
    // An origin-form target only: "//host/…" would parse as another authority.
    const target = req.url ?? "";
    if (!target.startsWith("/") || target.startsWith("//")) return false;
    const url = new URL(target, "http://web.invalid");
    if (url.searchParams.has("_rsc") || isCachedPath(url.pathname)) return false;
    // Most requests (scripts, images, other pages) stop here, before any header is read.
    const variant = cachedVariantOf(url.pathname, url.searchParams);
    if (!variant) return false;
    try {
      const headers = toHeaders(req);
      if (classifyRequest(req.method, url.pathname, url.searchParams, headers)) return false;
      if (!(await mayServeCachedCopy(variant, headers, options.authSecret))) return false;
      if (!(await urlTargetExists(options.db, url.pathname))) return false;
      const reply = await replyFor(variant);
      if (!reply) return false;
      send(req, res, reply, options.configuredHeaders(url.pathname));
      return true;
    } catch (error) {
      // A cache that cannot answer is not an error for the visitor: Next serves the request.
      warn(`cached page: could not serve ${url.pathname}: ${(error as Error).message}`);
      return res.headersSent;
    }
  };
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  return headers;
}

function send(req: IncomingMessage, res: ServerResponse, reply: CachedReply, configured: Record<string, string>): void {
  // The page's or feed's own headers win over the configured ones, as in Next; names in lower case.
  const headers: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(configured)) headers[name.toLowerCase()] = value;
  Object.assign(headers, reply.headers, { [SERVED_HERE_HEADER]: "HIT" });
  if (
    reply.status === 200 &&
    fresh(req.headers, { etag: reply.headers.etag, "last-modified": reply.headers["last-modified"] })
  ) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  // Only gzip is kept compressed; a client that takes deflate alone (none seen) gets the body as it is.
  const gzip = reply.body.byteLength >= GZIP_THRESHOLD_BYTES && negotiateEncoding(req, ["gzip"]) === "gzip";
  const body = gzip ? reply.gzipped : reply.body;
  if (gzip) headers["content-encoding"] = "gzip";
  headers["content-length"] = body.byteLength;
  res.writeHead(reply.status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}
