import { describe, expect, it } from "vitest";
import { excerpt, formatDay, safeHref } from "./format";

describe("format helpers", () => {
  it("formats calendar days without shifting them across time zones", () => {
    expect(formatDay("2026-03-13")).toBe("Mar 13, 2026");
  });

  it("cuts excerpts at a word boundary", () => {
    const text = "alpha beta gamma delta epsilon zeta eta theta";
    const short = excerpt(text, 20);
    expect(short.endsWith("…")).toBe(true);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    expect(short.length).toBeLessThanOrEqual(21);
    expect(excerpt("short", 20)).toBe("short");
  });

  it("only lets http(s) URLs become links", () => {
    expect(safeHref("https://github.com/a/b")).toBe("https://github.com/a/b");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("data:text/html,<script>")).toBeNull();
    expect(safeHref("not a url")).toBeNull();
  });
});
