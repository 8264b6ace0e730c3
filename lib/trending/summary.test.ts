import { describe, expect, it } from "vitest";
import { trendingScore, type ScoreInput } from "./score";
import { summarizeScore } from "./summary";

const base: ScoreInput = {
  sourceUpvotes: 0,
  userVotes: 0,
  bookmarks: 0,
  readers: 0,
  rank: 1,
  digestSize: 98,
  ageDays: 0,
  rankedDigest: true,
};
const summary = (patch: Partial<ScoreInput>, position: number, kind: "day" | "week" = "day") =>
  summarizeScore(trendingScore({ ...base, ...patch }, kind), position, kind).join(" · ");

describe("summarizeScore", () => {
  it("says the place, the upvotes (from the source and from readers here) and the saves", () => {
    expect(summary({ sourceUpvotes: 38, userVotes: 3, bookmarks: 3, readers: 4, rankedDigest: false }, 2)).toBe(
      "#2 of the day · 41 upvotes · 3 saves",
    );
  });

  it("names a ranked digest's own place only when it says something new", () => {
    expect(summary({ rank: 2 }, 2)).toBe("#2 of the day");
    expect(summary({ rank: 7, bookmarks: 1, readers: 1 }, 5)).toBe("#5 of the day · #7 of 98 in its digest · 1 save");
    expect(summary({ rank: 1 }, 1, "week")).toBe("#1 of the week · #1 of 98 in its digest");
  });
});
