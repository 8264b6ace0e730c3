// Digest periods: ISO weeks, keys and the default weekly period.
import { describe, expect, it } from "vitest";
import { mondayOf } from "./days";
import { dailyPeriod, lastCompleteWeek, periodDays, weeklyPeriod } from "./periods";

describe("digest periods", () => {
  it("finds the Monday of a week, across month and year ends", () => {
    expect(mondayOf("2026-03-13")).toBe("2026-03-09"); // a Friday
    expect(mondayOf("2026-03-09")).toBe("2026-03-09");
    expect(mondayOf("2026-03-15")).toBe("2026-03-09"); // Sunday belongs to the week before
    expect(mondayOf("2027-01-01")).toBe("2026-12-28");
  });

  it("keys periods so one mail per subscriber and period is well defined", () => {
    expect(dailyPeriod("2026-03-13")).toMatchObject({ key: "daily:2026-03-13", from: "2026-03-13", to: "2026-03-13" });
    expect(weeklyPeriod("2026-03-13")).toMatchObject({
      key: "weekly:2026-03-09",
      from: "2026-03-09",
      to: "2026-03-15",
    });
  });

  it("defaults the weekly digest to the last complete week", () => {
    expect(lastCompleteWeek(new Date("2026-03-18T06:00:00Z")).key).toBe("weekly:2026-03-09");
    expect(lastCompleteWeek(new Date("2026-03-16T00:00:01Z")).key).toBe("weekly:2026-03-09");
  });

  it("lists a period's days, across a month end", () => {
    expect(periodDays(dailyPeriod("2026-03-13"))).toEqual(["2026-03-13"]);
    expect(periodDays(weeklyPeriod("2026-04-01"))).toEqual([
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
      "2026-04-02",
      "2026-04-03",
      "2026-04-04",
      "2026-04-05",
    ]);
  });
});
