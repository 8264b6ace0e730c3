import { describe, expect, it } from "vitest";
import { toParamLists } from "./params";
import { SearchQuerySchema, countFilters, hasFilters, searchHref, toSearchParams, toggle } from "./search-query";

const parse = (qs: string) => SearchQuerySchema.safeParse(toParamLists(new URLSearchParams(qs)));

describe("SearchQuerySchema", () => {
  it("reads repeated facet keys as lists, drops blanks and duplicates, and defaults the rest", () => {
    const result = parse("q=+agents+&topic=a&topic=b&topic=a&has=code&from=&sort=");
    expect(result.success && result.data).toEqual({
      q: "agents",
      topic: ["a", "b"],
      category: [],
      author: [],
      has: ["code"],
      sort: "relevance",
      page: 1,
    });
  });

  it.each([
    ["topic=Not%20A%20Slug", "topic"],
    ["has=slides", "has"],
    ["from=2026-00", "from"],
    ["from=2026-05&to=2026-04", "to"],
    ["page=0", "page"],
    ["category=cs.CL%3Bdrop", "category"],
  ])("rejects %s naming %s", (qs, field) => {
    const result = parse(qs);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(field);
  });
});

describe("search URLs", () => {
  it("round-trip through the schema, leaving defaults out", () => {
    const query = parse(
      "q=reward+model&author=Ada+Lovelace&category=cs.CL&has=code&from=2025-01&to=2026-03&sort=newest&page=2",
    );
    expect(query.success).toBe(true);
    if (!query.success) return;
    expect(parse(toSearchParams(query.data).toString()).data).toEqual(query.data);
    expect(searchHref(query.data, { has: toggle(query.data.has, "code") })).toBe(
      "/search?q=reward+model&category=cs.CL&author=Ada+Lovelace&from=2025-01&to=2026-03&sort=newest",
    );
    expect(searchHref(SearchQuerySchema.parse({}))).toBe("/search");
  });
});

describe("countFilters", () => {
  it("counts each facet value and a month range as one", () => {
    const none = SearchQuerySchema.parse({ q: "diffusion" });
    expect([countFilters(none), hasFilters(none)]).toEqual([0, false]);
    const some = parse("topic=nlp&topic=vision&has=code&from=2025-01&to=2026-03");
    expect(some.success && countFilters(some.data)).toBe(4);
    const from = parse("author=Ada+Lovelace&from=2025-01");
    expect(from.success && [countFilters(from.data), hasFilters(from.data)]).toEqual([2, true]);
  });
});
