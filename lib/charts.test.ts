import { describe, expect, it } from "vitest";
import { daysBetween } from "@/lib/domain/days";
import { layoutBars, niceMax, toDayRanges } from "./charts";

describe("chart geometry", () => {
  it("rounds axis maxima up to 1, 2 or 5 × 10^k", () => {
    expect([0, 1, 3, 7, 98, 120, 4999].map(niceMax)).toEqual([1, 1, 5, 10, 100, 200, 5000]);
  });

  it("lays out bars proportionally inside the box", () => {
    const { bars, max } = layoutBars(
      [
        { label: "a", value: 50 },
        { label: "b", value: 100 },
        { label: "c", value: 0 },
      ],
      300,
      100,
    );
    expect(max).toBe(100);
    expect(bars.map((b) => Math.round(b.height))).toEqual([50, 100, 0]);
    expect(bars.every((b) => b.y + b.height === 100 && b.x + b.width <= 300)).toBe(true);
  });

  it("lists every day of a range, including empty ones", () => {
    expect(daysBetween("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
  });

  it("groups missing days into runs, flagging runs of weekend days only", () => {
    // 2026-03-14/15 is a weekend; 2026-03-17 a Tuesday; 2026-03-20 (Fri) to 03-23 (Mon) spans one.
    expect(
      toDayRanges(["2026-03-14", "2026-03-15", "2026-03-17", "2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23"]),
    ).toEqual([
      { start: "2026-03-14", end: "2026-03-15", days: 2, weekend: true },
      { start: "2026-03-17", end: "2026-03-17", days: 1, weekend: false },
      { start: "2026-03-20", end: "2026-03-23", days: 4, weekend: false },
    ]);
    expect(toDayRanges([])).toEqual([]);
  });
});
