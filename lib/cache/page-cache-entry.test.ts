import { describe, expect, it } from "vitest";
import { decodePageCacheValue, encodePageCacheValue } from "./page-cache-codec";
import {
  fromStoredTags,
  isRevalidatedSince,
  layoutTagOf,
  storedTagNeedle,
  tagsOfEntry,
  tagsToCheck,
  toStoredTags,
} from "./page-cache-entry";

describe("staleness of a shared page cache entry", () => {
  const page = {
    kind: "APP_PAGE",
    html: "<html>…</html>",
    headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/cached/layout,_N_T_/cached/trending/default" },
  };

  it("answers to the page's implicit path tags, and to revalidatePath of its layout", () => {
    const tags = tagsOfEntry(page);
    expect(tags).toContain(layoutTagOf("/cached"));
    expect(tagsOfEntry({ kind: "FETCH", data: {}, tags: ["papers"] }, { tags: ["votes"] }).sort()).toEqual([
      "papers",
      "votes",
    ]);
    expect(tagsOfEntry(null)).toEqual([]);
  });

  it("is stale when any of its tags was revalidated at or after it was written, and only then", () => {
    const tags = tagsOfEntry(page);
    expect(isRevalidatedSince(tags, 1_000, new Map())).toBe(false);
    expect(isRevalidatedSince(tags, 1_000, new Map([["_N_T_/cached/layout", 999]]))).toBe(false);
    expect(isRevalidatedSince(tags, 1_000, new Map([["_N_T_/cached/layout", 1_000]]))).toBe(true);
    expect(isRevalidatedSince(tags, 1_000, new Map([["_N_T_/cached/trending/default", 5_000]]))).toBe(true);
    // Another page's tag says nothing about this one.
    expect(isRevalidatedSince(tags, 1_000, new Map([["_N_T_/cached/topics/audio/default", 5_000]]))).toBe(false);
    // A fetch read from a page also answers to that page's implicit tags.
    expect(tagsToCheck(["papers"], { softTags: ["_N_T_/cached/layout"] })).toEqual(["papers", "_N_T_/cached/layout"]);
  });

  it("stores tags so that one is found by substring and never by a prefix of another", () => {
    const stored = toStoredTags(["_N_T_/cached/layout", "_N_T_/cached/trending/default"]);
    expect(fromStoredTags(stored)).toEqual(["_N_T_/cached/layout", "_N_T_/cached/trending/default"]);
    expect(stored.includes(storedTagNeedle("_N_T_/cached/layout"))).toBe(true);
    expect(stored.includes(storedTagNeedle("_N_T_/cached"))).toBe(false);
    expect(fromStoredTags(toStoredTags([]))).toEqual([]);
  });
});

describe("the stored form of an entry", () => {
  it("gives back the Buffers, the Map of segments and everything else it was given", () => {
    const value = {
      kind: "APP_PAGE",
      html: "<p>é ∑</p>",
      rscData: Buffer.from([0, 1, 2, 255]),
      segmentData: new Map([["/_tree", Buffer.from("tree")]]),
      headers: { "x-next-cache-tags": "a,b" },
      status: 200,
      postponed: undefined,
    };
    const back = decodePageCacheValue(encodePageCacheValue({ value, cacheControl: { revalidate: 300 } })) as {
      value: typeof value;
      cacheControl: unknown;
    };
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect([...back.value.rscData]).toEqual([0, 1, 2, 255]);
    expect(back.value.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(back.value.html).toBe(value.html);
    expect(back.value.headers).toEqual(value.headers);
    expect(back.cacheControl).toEqual({ revalidate: 300 });
  });
});
