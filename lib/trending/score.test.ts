import { describe, expect, it } from "vitest";
import { rankByScore, trendingScore, type ScoreInput } from "./score";

const base: ScoreInput = { sourceUpvotes: 0, userVotes: 0, bookmarks: 0, rank: 1, digestSize: 98, ageDays: 0, rankedDigest: true };
const score = (patch: Partial<ScoreInput>, kind: "day" | "week" | "month" | "all" = "day") =>
  trendingScore({ ...base, ...patch }, kind).value;

describe("trendingScore", () => {
  it("falls back to the digest's order when nobody voted", () => {
    expect(score({ rank: 1 })).toBeGreaterThan(score({ rank: 2 }));
    expect(score({ rank: 2 })).toBeGreaterThan(score({ rank: 98 }));
  });

  it("lets community signals outrank position, with our votes and bookmarks weighing more", () => {
    expect(score({ rank: 50, sourceUpvotes: 40 })).toBeGreaterThan(score({ rank: 1 }));
    expect(score({ userVotes: 1 })).toBeGreaterThan(score({ sourceUpvotes: 2 }));
    expect(score({ bookmarks: 1 })).toBeGreaterThan(score({ sourceUpvotes: 1 }));
  });

  it("ignores the position in digests whose source ranks by upvotes", () => {
    expect(score({ rank: 1, sourceUpvotes: 50, rankedDigest: false })).toBe(score({ rank: 30, sourceUpvotes: 50, rankedDigest: false }));
    expect(score({ rank: 30, sourceUpvotes: 60, rankedDigest: false })).toBeGreaterThan(score({ rank: 1, sourceUpvotes: 50, rankedDigest: false }));
  });

  it("dampens runaway counts logarithmically", () => {
    const gain10 = score({ sourceUpvotes: 10 }) - score({});
    const gain1000 = score({ sourceUpvotes: 1000 }) - score({ sourceUpvotes: 990 });
    expect(gain1000).toBeLessThan(gain10 / 50);
  });

  it("decays with age inside week, month and all-time windows, but not within a day", () => {
    expect(score({ ageDays: 3 }, "day")).toBe(score({ ageDays: 0 }, "day"));
    expect(score({ ageDays: 3 }, "week")).toBeCloseTo(score({ ageDays: 0 }, "week") / 2);
    expect(score({ ageDays: 7 }, "month")).toBeCloseTo(score({ ageDays: 0 }, "month") / 2);
  });

  it("explains itself: the parts multiply back to the score", () => {
    const s = trendingScore({ ...base, sourceUpvotes: 7, rank: 10, ageDays: 3 }, "week");
    const [community, position, recency] = s.parts.map((p) => p.value) as [number, number, number];
    expect((community + position) * recency).toBeCloseTo(s.value, 1);
    expect(s.parts.map((p) => p.label)).toEqual(["Community", "Digest position", "Recency"]);
    expect(s.parts[0]!.detail).toContain("7 source upvotes");
  });

  it("orders ties stably by rank then id", () => {
    const mk = (id: string, rank: number) => ({ id, rank, score: trendingScore({ ...base, rank: 1 }, "day") });
    expect(rankByScore([mk("b", 2), mk("a", 2), mk("c", 1)]).map((x) => x.id)).toEqual(["c", "a", "b"]);
  });
});
