import { describe, expect, it } from "vitest";
import { TOPICS } from "@/lib/domain/taxonomy/topics";
import { toCachedPath } from "./browse-cache";
import { fromCachedFeedPath, toCachedFeedPath } from "./feed-cache";

const q = (s: string) => new URLSearchParams(s);
const slug = TOPICS[0]!.slug;

describe("cached feeds", () => {
  it("maps the trending and topic feeds to the internal prefix, and back", () => {
    expect(toCachedPath("/feeds/trending.rss", q(""))).toBe("/cached/feeds/day/trending.rss");
    expect(toCachedFeedPath("/feeds/trending.rss", q("window=day"))).toBe("feeds/day/trending.rss");
    expect(toCachedFeedPath("/feeds/trending.atom", q("window=week"))).toBe("feeds/week/trending.atom");
    expect(toCachedFeedPath(`/feeds/topics/${slug}.json`, q(""))).toBe(`feeds/topics/${slug}.json`);
    for (const path of ["/feeds/trending.json", "/feeds/trending.rss?window=week", `/feeds/topics/${slug}.atom`]) {
      const url = new URL(path, "http://x");
      const cached = toCachedFeedPath(url.pathname, url.searchParams)!;
      const back = fromCachedFeedPath(cached.split("/").slice(1))!;
      expect(toCachedFeedPath(url.pathname, back.params)).toBe(cached);
    }
    expect(fromCachedFeedPath(["week", "trending.rss"])).toMatchObject({
      target: { kind: "trending", window: "week" },
      format: "rss",
    });
    expect(fromCachedFeedPath(["week", "trending.rss"])!.params.get("window")).toBe("week");
  });

  it("leaves search, private, unknown-topic and parameterised feeds to the per-request route", () => {
    for (const [path, query] of [
      ["/feeds/search.rss", "q=diffusion"],
      ["/feeds/search.rss", ""],
      ["/feeds/follows/abc.rss", ""],
      ["/feeds/for-you/abc.atom", ""],
      ["/feeds/topics/no-such-topic-zz.rss", ""],
      [`/feeds/topics/${slug}.rss`, "window=week"],
      ["/feeds/trending.rss", "window=month"],
      ["/feeds/trending.rss", "window=day&window=week"],
      ["/feeds/trending.rss", "utm_source=x"],
      ["/feeds/trending.html", ""],
    ] as const) {
      expect(toCachedFeedPath(path, q(query)), `${path}?${query}`).toBeNull();
    }
  });

  it("rejects cached paths it cannot have written", () => {
    for (const segments of [
      [],
      ["trending.rss"],
      ["month", "trending.rss"],
      ["day", "search.rss"],
      ["week", "topics", `${slug}.rss`],
      ["topics", "no-such-topic-zz.rss"],
      ["topics", `${slug}.html`],
    ]) {
      expect(fromCachedFeedPath(segments), segments.join("/")).toBeNull();
    }
  });
});
