import { describe, expect, it } from "vitest";
import { isoWeekOf } from "@/lib/domain/days";
import { adjacentWindow, anchorDayOf, dayWindow, parseWindow, windowOfKind, WindowParamsSchema } from "./windows";

describe("trending windows", () => {
  it("parses day, ISO week, month and all-time permalinks", () => {
    expect(parseWindow({ date: "2026-03-13" })).toMatchObject({ kind: "day", start: "2026-03-13", end: "2026-03-13" });
    expect(parseWindow({ week: "2026-W11" })).toMatchObject({ kind: "week", start: "2026-03-09", end: "2026-03-15" });
    expect(parseWindow({ month: "2026-02" })).toMatchObject({ kind: "month", start: "2026-02-01", end: "2026-02-28" });
    expect(parseWindow({ month: "2024-02" })?.end).toBe("2024-02-29");
    expect(parseWindow({ window: "all" })?.kind).toBe("all");
    expect(parseWindow({})).toBeNull();
  });

  it("rejects days, weeks and months that do not exist", () => {
    expect(parseWindow({ date: "2026-02-30" })).toBeNull();
    expect(parseWindow({ week: "2026-W54" })).toBeNull();
    expect(parseWindow({ week: "2025-W53" })).toBeNull(); // 2025 has 52 ISO weeks
    expect(parseWindow({ week: "2026-W53" })).not.toBeNull(); // 2026 has 53
    expect(parseWindow({ month: "2026-13" })).toBeNull();
    expect(WindowParamsSchema.safeParse({ week: "2026-11" }).success).toBe(false);
  });

  it("computes ISO weeks across year boundaries", () => {
    expect(isoWeekOf("2026-03-13")).toBe("2026-W11");
    expect(isoWeekOf("2027-01-01")).toBe("2026-W53");
    expect(isoWeekOf("2024-12-30")).toBe("2025-W01");
  });

  it("navigates to the adjacent window with digests, skipping empty ones", () => {
    const days = ["2026-03-09", "2026-03-13", "2026-03-16", "2026-04-02"];
    expect(adjacentWindow(dayWindow("2026-03-13"), days, "prev")?.start).toBe("2026-03-09");
    expect(adjacentWindow(dayWindow("2026-03-13"), days, "next")?.start).toBe("2026-03-16");
    expect(adjacentWindow(dayWindow("2026-03-09"), days, "prev")).toBeNull();
    const week = parseWindow({ week: "2026-W11" })!;
    expect(adjacentWindow(week, days, "next")?.param).toEqual({ week: "2026-W12" });
    const month = parseWindow({ month: "2026-03" })!;
    expect(adjacentWindow(month, days, "next")?.param).toEqual({ month: "2026-04" });
    expect(adjacentWindow(month, days, "prev")).toBeNull();
  });

  it("opens the Day and Week tabs on the latest day with papers inside the current period", () => {
    const days = ["2026-03-02", "2026-03-12", "2026-03-13", "2026-04-01"];
    const week = parseWindow({ week: "2026-W11" })!;
    expect(anchorDayOf(week, days)).toBe("2026-03-13");
    expect(windowOfKind("day", anchorDayOf(week, days)).param).toEqual({ date: "2026-03-13" });
    expect(anchorDayOf(parseWindow({ month: "2026-03" })!, days)).toBe("2026-03-13");
    expect(anchorDayOf(parseWindow({ month: "2026-02" })!, days)).toBe("2026-02-01");
    expect(anchorDayOf(parseWindow({ window: "all" })!, days)).toBe("2026-04-01");
  });
});
