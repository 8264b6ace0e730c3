import { describe, expect, it } from "vitest";
import { daysBetween, layoutBars, niceMax } from "./charts";

describe("chart geometry", () => {
  it("rounds axis maxima up to 1, 2 or 5 × 10^k", () => {
    expect([0, 1, 3, 7, 98, 120, 4999].map(niceMax)).toEqual([1, 1, 5, 10, 100, 200, 5000]);
  });

  it("lays out bars proportionally inside the box", () => {
    const { bars, max } = layoutBars([{ label: "a", value: 50 }, { label: "b", value: 100 }, { label: "c", value: 0 }], 300, 100);
    expect(max).toBe(100);
    expect(bars.map((b) => Math.round(b.height))).toEqual([50, 100, 0]);
    expect(bars.every((b) => b.y + b.height === 100 && b.x + b.width <= 300)).toBe(true);
  });

  it("lists every day of a range, including empty ones", () => {
    expect(daysBetween("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });
});
