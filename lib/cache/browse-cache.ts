// Which browse requests have a cached variant, and the internal path it is rendered at — pure.
// The proxy (proxy.ts) rewrites GETs of `/`, `/topics`, `/topics/<slug>`, `/papers/<slug>`, `/status`
// and the public feeds (lib/cache/feed-cache.ts) here; the cached route files decode the key back into the query the shared page reads.
import { parseTrendingParams } from "@/lib/trending/params";
import { toCachedFeedPath } from "./feed-cache";
import { TopicSlugSchema } from "@/lib/validation/params";

/** The internal route prefix. Never linked; the proxy answers 404 to it from outside. */
export const CACHED_PREFIX = "/cached";
/** Keys of a trending permalink (see lib/trending/params.ts); any other key is rendered per request. */
const CACHEABLE_KEYS = ["date", "week", "month", "window", "sort", "page"] as const;
/** Next's own cache-busting parameter on RSC requests: not part of the page's identity. */
const IGNORED_KEYS = new Set(["_rsc"]);
const DEFAULT_KEY = "default";

/**
 * The canonical cache key of a trending query string, or null when it is not cacheable (unknown
 * or repeated keys, or a period that does not parse — those pages say so and stay per request).
 * `sort=trending` is the default and is dropped, so `/?sort=trending` and `/` share one entry.
 */
export function toCacheKey(query: URLSearchParams): string | null {
  const record: Record<string, string> = {};
  for (const [key, value] of query) {
    if (IGNORED_KEYS.has(key)) continue;
    if (!(CACHEABLE_KEYS as readonly string[]).includes(key) || key in record) return null;
    record[key] = value;
  }
  const parsed = parseTrendingParams(record);
  if (parsed.error) return null;
  if (record.sort === "trending") delete record.sort;
  const pairs = CACHEABLE_KEYS.filter((k) => k in record).map((k) => `${k}.${record[k]}`);
  // Validated values hold only [0-9A-Za-z-], so "." and "~" cannot occur inside them.
  return pairs.length === 0 ? DEFAULT_KEY : pairs.join("~");
}

/** The query a cache key stands for, or null for anything toCacheKey cannot have produced. */
export function fromCacheKey(key: string): Record<string, string> | null {
  const query = new URLSearchParams();
  if (key !== DEFAULT_KEY) {
    for (const pair of key.split("~")) {
      const [name, value, extra] = pair.split(".");
      if (!name || value === undefined || extra !== undefined) return null;
      query.append(name, value);
    }
  }
  return toCacheKey(query) === key ? Object.fromEntries(query) : null;
}

/** Pages with no parameters of their own: cached only when the query string is empty (but for `_rsc`). */
const PLAIN_PAGES: Record<string, string> = { "/topics": "topic-index", "/status": "status" };
/** Their one key: a route parameter keeps `next build` from rendering them before a database exists. */
export const PLAIN_PAGE_KEY = "default";

function hasNoParameters(query: URLSearchParams): boolean {
  for (const key of query.keys()) if (!IGNORED_KEYS.has(key)) return false;
  return true;
}

/** The cached variant's internal path for a public browse URL, or null when it has none. */
export function toCachedPath(pathname: string, query: URLSearchParams): string | null {
  const feed = toCachedFeedPath(pathname, query);
  if (feed) return `${CACHED_PREFIX}/${feed}`;
  const plain = PLAIN_PAGES[pathname];
  if (plain) return hasNoParameters(query) ? `${CACHED_PREFIX}/${plain}/${PLAIN_PAGE_KEY}` : null;
  // Paper slugs are kebab-case like topic slugs (lib/ingest/identity.ts), never anything to escape.
  const paper = /^\/papers\/([^/]+)$/.exec(pathname)?.[1];
  if (paper)
    return hasNoParameters(query) && TopicSlugSchema.safeParse(paper).success
      ? `${CACHED_PREFIX}/papers/${paper}`
      : null;
  const key = toCacheKey(query);
  if (key === null) return null;
  if (pathname === "/") return `${CACHED_PREFIX}/trending/${key}`;
  const topic = /^\/topics\/([^/]+)$/.exec(pathname)?.[1];
  if (topic && TopicSlugSchema.safeParse(topic).success) return `${CACHED_PREFIX}/topics/${topic}/${key}`;
  return null;
}

/** True for a request aimed at the internal prefix itself (the proxy refuses those). */
export function isCachedPath(pathname: string): boolean {
  return pathname === CACHED_PREFIX || pathname.startsWith(`${CACHED_PREFIX}/`);
}
