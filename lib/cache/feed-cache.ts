// Which feed requests have a cached variant, and the feed a cached path stands for — pure. Only the
// public feeds that take no reader and no free-form query: trending (day or week) and each topic's.
// Search feeds take any query (one cache entry per query would let anyone fill the memory) and the
// private follow and for-you feeds are per reader: those stay per request.
import { TOPICS } from "@/lib/domain/taxonomy/topics";
import { parseFeedPath, type FeedFormat, type FeedTarget } from "@/lib/feeds/feed-path";

const TOPIC_SLUGS = new Set(TOPICS.map((t) => t.slug));
const FEEDS = "/feeds/";

export type CachedFeed = { target: FeedTarget; format: FeedFormat; params: URLSearchParams };

/**
 * The cached variant's path below the internal prefix (`feeds/day/trending.rss`,
 * `feeds/week/trending.atom`, `feeds/topics/nlp.json`), or null when the request has none. Topics
 * outside the taxonomy are left to the per-request 404, so no made-up slug takes a cache entry.
 */
export function toCachedFeedPath(pathname: string, query: URLSearchParams): string | null {
  if (!pathname.startsWith(FEEDS)) return null;
  for (const key of query.keys()) if (key !== "window") return null;
  if (query.getAll("window").length > 1) return null;
  const parsed = parseFeedPath(pathname.slice(FEEDS.length).split("/"), query);
  if (!parsed) return null;
  const { target, format } = parsed;
  if (target.kind === "trending") return `feeds/${target.window}/trending.${format}`;
  if (target.kind === "topic" && query.size === 0 && TOPIC_SLUGS.has(target.slug))
    return `feeds/topics/${target.slug}.${format}`;
  return null;
}

/** The feed behind the segments after `feeds/` of a cached path, or null for anything toCachedFeedPath cannot give. */
export function fromCachedFeedPath(segments: string[]): CachedFeed | null {
  const [first, ...rest] = segments;
  if (first === "day" || first === "week") {
    const params = new URLSearchParams(first === "week" ? { window: "week" } : {});
    const parsed = parseFeedPath(rest, params);
    return parsed?.target.kind === "trending" && parsed.target.window === first ? { ...parsed, params } : null;
  }
  const parsed = first === "topics" ? parseFeedPath(segments, new URLSearchParams()) : null;
  return parsed?.target.kind === "topic" && TOPIC_SLUGS.has(parsed.target.slug)
    ? { ...parsed, params: new URLSearchParams() }
    : null;
}
