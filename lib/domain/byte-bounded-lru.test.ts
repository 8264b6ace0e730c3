import { describe, expect, it } from "vitest";
import { createByteBoundedLru } from "./byte-bounded-lru";

const sized = () => createByteBoundedLru<string>(10, (v) => v.length);

describe("createByteBoundedLru", () => {
  it("drops the least recently used entries until the total fits", () => {
    const lru = sized();
    lru.set("a", "aaaa");
    lru.set("b", "bbbb");
    expect(lru.get("a")).toBe("aaaa"); // a is now the most recent
    lru.set("c", "cccc"); // 12 bytes: b, the oldest, goes
    expect(lru.get("b")).toBeUndefined();
    expect([...lru.entries()].map(([k]) => k)).toEqual(["a", "c"]);
  });

  it("replaces a key's value and its size, and keeps nothing larger than the budget", () => {
    const lru = sized();
    lru.set("a", "aaaaaaaa");
    lru.set("a", "aa");
    lru.set("b", "bbbbbbbb");
    expect([...lru.entries()].map(([k]) => k)).toEqual(["a", "b"]);
    lru.set("huge", "x".repeat(11));
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.get("a")).toBe("aa");
    lru.delete("a");
    expect([...lru.entries()].map(([k]) => k)).toEqual(["b"]);
  });
});
