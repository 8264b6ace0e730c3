// Query strings name keys such as `constructor` and `__proto__`: they must read as plain keys.
import { describe, expect, it } from "vitest";
import { toParamLists, toParamRecord } from "./params";
import { SearchQuerySchema } from "./search-query";

describe("query keys named like Object.prototype properties", () => {
  it("are own keys of the record, never inherited values", () => {
    const record = toParamRecord(new URLSearchParams("constructor=a&toString=b&notice=constructor"));
    expect(record.constructor).toBe("a");
    expect(record.toString).toBe("b");
    expect(record.hasOwnProperty).toBeUndefined();
    const lists = toParamLists(new URLSearchParams("constructor=a&constructor=b&q=x"));
    expect(lists.constructor).toEqual(["a", "b"]);
  });

  it("cannot swap the record's prototype with a repeated __proto__", () => {
    const lists = toParamLists(new URLSearchParams("q=hi&__proto__=a&__proto__=b"));
    expect(Object.getPrototypeOf(lists)).toBeNull();
    // Before: the record inherited Array.prototype.sort and the valid query failed on "sort".
    expect(SearchQuerySchema.safeParse(lists).success).toBe(true);
  });
});
