// Feed URL parsing: which target and format a /feeds/... path names.
import { describe, expect, it } from "vitest";
import { feedPaths, parseFeedPath, searchFeedQuery } from "./feed-path";

const p = (path: string, qs = "") => parseFeedPath(path.split("/"), new URLSearchParams(qs));

describe("parseFeedPath", () => {
  it("reads trending, topic and search feeds in each format", () => {
    expect(p("trending.rss")).toEqual({ target: { kind: "trending", window: "day" }, format: "rss" });
    expect(p("trending.atom", "window=week")).toEqual({ target: { kind: "trending", window: "week" }, format: "atom" });
    expect(p("topics/nlp-language.json")).toEqual({ target: { kind: "topic", slug: "nlp-language" }, format: "json" });
    expect(p("search.atom", "q=x")).toEqual({ target: { kind: "search" }, format: "atom" });
  });

  it("rejects unknown paths, formats, windows and slugs", () => {
    for (const bad of ["trending.xml", "trending", "nope.rss", "topics/Bad Slug.rss", "topics/a/b.rss", ".rss"])
      expect(p(bad)).toBeNull();
    expect(p("trending.rss", "window=year")).toBeNull();
  });

  it("keeps only known search params for the feed URL", () => {
    expect(searchFeedQuery(new URLSearchParams("q=diffusion&topic=video&page=3&utm_source=x"))).toBe(
      "q=diffusion&topic=video",
    );
    expect(feedPaths({ kind: "search" }, "q=a").atom).toBe("/feeds/search.atom?q=a");
    expect(feedPaths({ kind: "trending", window: "week" }).rss).toBe("/feeds/trending.rss?window=week");
  });
});
