import { describe, expect, it } from "vitest";
import { weeklyActivity } from "./weekly-activity";

describe("a topic's weekly activity", () => {
  it("counts distinct papers per ISO week and the upvotes they drew, empty weeks included", () => {
    const activity = weeklyActivity(
      [
        // 2026-W11: paper a on two days (snapshots 5 then 9: 9 people, not 14), b without counts.
        { day: "2026-03-12", paperId: "a", upvotes: 5 },
        { day: "2026-03-13", paperId: "a", upvotes: 9 },
        { day: "2026-03-13", paperId: "b", upvotes: null },
        // 2026-W13 (W12 had no digest): a again.
        { day: "2026-03-23", paperId: "a", upvotes: 11 },
      ],
      new Map([
        ["a", 2],
        ["b", 1],
        ["unrelated", 50],
      ]),
    );
    expect(activity).toEqual([
      { week: "2026-W11", papers: 2, upvotes: 9 + 2 + 0 + 1 },
      { week: "2026-W12", papers: 0, upvotes: 0 },
      { week: "2026-W13", papers: 1, upvotes: 11 + 2 },
    ]);
  });

  it("keeps the latest weeks when there are more than asked, and nothing for no appearances", () => {
    const appearances = ["2026-01-05", "2026-02-02", "2026-03-02"].map((day) => ({ day, paperId: day, upvotes: 1 }));
    expect(weeklyActivity(appearances, new Map(), 2).map((w) => w.week)).toEqual(["2026-W09", "2026-W10"]);
    expect(weeklyActivity([], new Map())).toEqual([]);
  });
});
