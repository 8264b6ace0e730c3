// Which feed a /feeds/... URL names: pure parsing of the catch-all path segments.
import { TopicSlugSchema } from "@/lib/validation/params";
import { SearchQuerySchema } from "@/lib/validation/search-query";

export const FEED_FORMATS = ["rss", "atom", "json"] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export type FeedTarget =
  { kind: "trending"; window: "day" | "week" } | { kind: "topic"; slug: string } | { kind: "search" };

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

function splitFormat(file: string): { name: string; format: FeedFormat } | null {
  const dot = file.lastIndexOf(".");
  const ext = file.slice(dot + 1);
  if (dot <= 0 || !(FEED_FORMATS as readonly string[]).includes(ext)) return null;
  return { name: file.slice(0, dot), format: ext as FeedFormat };
}

/**
 * `trending.atom` (+ `?window=week`), `topics/<slug>.rss`, `search.json` (+ search params);
 * null for anything else, which the route answers with 404.
 */
export function parseFeedPath(
  segments: string[],
  params: URLSearchParams,
): { target: FeedTarget; format: FeedFormat } | null {
  const last = segments.at(-1);
  const file = last === undefined ? null : splitFormat(last);
  if (!file) return null;
  if (segments.length === 1 && file.name === "trending") {
    const window = params.get("window") ?? "day";
    if (window !== "day" && window !== "week") return null;
    return { target: { kind: "trending", window }, format: file.format };
  }
  if (segments.length === 1 && file.name === "search") return { target: { kind: "search" }, format: file.format };
  if (segments.length === 2 && segments[0] === "topics" && TopicSlugSchema.safeParse(file.name).success) {
    return { target: { kind: "topic", slug: file.name }, format: file.format };
  }
  return null;
}

/** Site-relative feed paths for a target, one per format (for <link rel="alternate"> and self links). */
export function feedPaths(target: FeedTarget, query = ""): Record<FeedFormat, string> {
  const base =
    target.kind === "trending"
      ? "/feeds/trending"
      : target.kind === "topic"
        ? `/feeds/topics/${target.slug}`
        : "/feeds/search";
  const qs = target.kind === "trending" && target.window === "week" ? "?window=week" : query ? `?${query}` : "";
  return { rss: `${base}.rss${qs}`, atom: `${base}.atom${qs}`, json: `${base}.json${qs}` };
}

/**
 * The query string of a search feed: only the parameters the search page understands (in their
 * original spelling, page dropped), so the feed follows whatever facets SearchQuerySchema gains.
 */
export function searchFeedQuery(params: URLSearchParams): string {
  const known = new Set(Object.keys(SearchQuerySchema.shape));
  return new URLSearchParams(
    [...params].filter(([key, value]) => known.has(key) && key !== "page" && value !== ""),
  ).toString();
}
