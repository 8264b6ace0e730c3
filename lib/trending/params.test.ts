import { describe, expect, it } from "vitest";
import { parseTrendingParams, trendingHref, trendingPagePath } from "./params";
import { parseWindow } from "./windows";

describe("trending query strings", () => {
  it("reads a window and a sort, defaulting to trending", () => {
    expect(parseTrendingParams({ week: "2026-W11" })).toMatchObject({
      window: { kind: "week" },
      sort: "trending",
      error: null,
    });
    expect(parseTrendingParams({ sort: "newest" })).toMatchObject({ window: null, sort: "newest", error: null });
  });

  it("reports unreadable or impossible periods instead of failing", () => {
    expect(parseTrendingParams({ week: "11" }).error).toMatch(/week/);
    expect(parseTrendingParams({ date: "2026-02-30" }).error).toBe("no such period: 2026-02-30");
    expect(parseTrendingParams({ sort: "random" }).error).toMatch(/sort/);
  });

  it("writes permalinks back", () => {
    expect(trendingHref("/", parseWindow({ month: "2026-03" })!, "newest")).toBe("/?month=2026-03&sort=newest");
    expect(trendingHref("/topics/agents", parseWindow({ date: "2026-03-13" })!, "trending")).toBe(
      "/topics/agents?date=2026-03-13",
    );
    expect(trendingPagePath("/", parseTrendingParams({ week: "2026-W11", sort: "newest" }))).toBe(
      "/?week=2026-W11&sort=newest",
    );
    expect(trendingPagePath("/topics/agents", parseTrendingParams({ sort: "newest" }))).toBe(
      "/topics/agents?sort=newest",
    );
    expect(trendingPagePath("/", parseTrendingParams({ notice: "saved" }))).toBe("/");
  });

  it("reads and writes the page, page 1 staying implicit", () => {
    expect(parseTrendingParams({ page: "3" })).toMatchObject({ page: 3, error: null });
    expect(parseTrendingParams({}).page).toBe(1);
    for (const bad of ["0", "-1", "2.5", "x", "1000"])
      expect(parseTrendingParams({ page: bad }).error, bad).toMatch(/page/);
    expect(trendingPagePath("/", parseTrendingParams({ page: "2" }))).toBe("/?page=2");
    expect(trendingPagePath("/", parseTrendingParams({ date: "2026-03-13", sort: "newest", page: "4" }))).toBe(
      "/?date=2026-03-13&sort=newest&page=4",
    );
    expect(trendingPagePath("/topics/agents", parseTrendingParams({ page: "1" }))).toBe("/topics/agents");
  });
});
