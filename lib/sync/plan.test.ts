// Sync planning: which Hugging Face days, which OAI-PMH sets, when a source is due again.
import { describe, expect, it } from "vitest";
import { daysBetween } from "@/lib/domain/days";
import { hfWindow, isDue, oaiSetOf, oaiSetsFor, planHfDays, retryDelayMs } from "./plan";

describe("planHfDays", () => {
  const today = "2026-03-16";
  it("refetches the refresh window every time and only the missing older days of the backfill window", () => {
    const fetched = new Set(["2026-03-08", "2026-03-06", "2026-03-16", "2026-03-15"]);
    const days = planHfDays({ today, backfillDays: 14, refreshDays: 7, fetched });
    expect(days.slice(0, 7)).toEqual([
      "2026-03-16",
      "2026-03-15",
      "2026-03-14",
      "2026-03-13",
      "2026-03-12",
      "2026-03-11",
      "2026-03-10",
    ]);
    expect(days.slice(7)).toEqual(["2026-03-09", "2026-03-07", "2026-03-05", "2026-03-04", "2026-03-03"]);
  });

  it("always takes today and yesterday, even with a one-day refresh window", () => {
    expect(planHfDays({ today, backfillDays: 1, refreshDays: 1, fetched: new Set([today, "2026-03-15"]) })).toEqual([
      today,
      "2026-03-15",
    ]);
  });

  it("asks about the whole window it plans over", () => {
    expect(hfWindow(today, 14, 7)).toHaveLength(14);
    expect(hfWindow(today, 3, 7)[0]).toBe("2026-03-10");
  });
});

describe("days and schedules", () => {
  it("lists the days of a range across month ends, bounded", () => {
    expect(daysBetween("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(daysBetween("2026-03-02", "2026-03-01")).toEqual([]);
    expect(daysBetween("2000-01-01", "2099-01-01", 5)).toHaveLength(5);
  });

  it("retries a failing source after 5 minutes, doubling, never past its usual interval", () => {
    const hour = 3_600_000;
    expect([1, 2, 3, 4, 5, 6].map((f) => retryDelayMs(f, 3 * hour) / 60_000)).toEqual([5, 10, 20, 40, 80, 160]);
    expect(retryDelayMs(7, 3 * hour)).toBe(3 * hour);
    expect(retryDelayMs(1_000, 3 * hour)).toBe(3 * hour);
  });

  it("is due when never run or when its time has come", () => {
    const now = new Date("2026-03-16T12:00:00Z");
    expect(isDue(null, now)).toBe(true);
    expect(isDue(new Date("2026-03-16T12:00:00Z"), now)).toBe(true);
    expect(isDue(new Date("2026-03-16T12:00:01Z"), now)).toBe(false);
  });
});

describe("OAI-PMH sets", () => {
  it("maps categories to arXiv's sets: top-level archives, everything else under physics", () => {
    expect(
      [
        "cs.CL",
        "stat.ML",
        "math.AP",
        "q-bio.NC",
        "eess.SP",
        "econ.EM",
        "hep-th",
        "astro-ph.GA",
        "cond-mat.str-el",
        "quant-ph",
        "physics.optics",
      ].map(oaiSetOf),
    ).toEqual([
      "cs",
      "stat",
      "math",
      "q-bio",
      "eess",
      "econ",
      "physics:hep-th",
      "physics:astro-ph",
      "physics:cond-mat",
      "physics:quant-ph",
      "physics:physics",
    ]);
    expect(oaiSetsFor(["cs.LG", "stat.ML", "cs.CV", "cs.AI"])).toEqual(["cs", "stat"]);
  });
});
