import { describe, expect, it } from "vitest";
import { rankByScore, trendingScore, type ScoreInput } from "./score";

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
const score = (patch: Partial<ScoreInput>, kind: "day" | "week" | "month" | "all" = "day") =>
  trendingScore({ ...base, ...patch }, kind).value;

describe("trendingScore", () => {
  it("falls back to the digest's order when nobody voted", () => {
    expect(score({ rank: 1 })).toBeGreaterThan(score({ rank: 2 }));
    expect(score({ rank: 2 })).toBeGreaterThan(score({ rank: 98 }));
  });

  it("lets community signals outrank position", () => {
    expect(score({ rank: 50, sourceUpvotes: 40 })).toBeGreaterThan(score({ rank: 1 }));
  });

  it("counts distinct readers with diminishing weight: one account cannot lift a paper far", () => {
    // A digest without vote counts, nobody voted, then one reader bookmarks (and upvotes) the last paper.
    const digest = Array.from({ length: 98 }, (_, i) => ({ id: `p${i + 1}`, rank: i + 1 }));
    const ranked = rankByScore(
      digest.map((p) => ({
        ...p,
        score: trendingScore(
          { ...base, rank: p.rank, ...(p.rank === 98 ? { readers: 1, bookmarks: 1, userVotes: 1 } : {}) },
          "day",
        ),
      })),
    );
    const at = ranked.findIndex((p) => p.id === "p98");
    expect(97 - at).toBeGreaterThan(0); // it does move up a little
    expect(97 - at).toBeLessThan(50); // but outranks fewer than 50 papers
    // Only readers count, not how many actions each took.
    expect(score({ readers: 1, bookmarks: 1, userVotes: 1 })).toBe(score({ readers: 1, bookmarks: 1 }));
    // A bookmark never outranks dozens of upstream votes; a hundred readers weigh as ten votes.
    expect(score({ readers: 1, rankedDigest: false })).toBeLessThan(score({ sourceUpvotes: 24, rankedDigest: false }));
    expect(score({ readers: 100, rankedDigest: false })).toBeCloseTo(score({ sourceUpvotes: 10, rankedDigest: false }));
  });

  it("ignores the position in digests whose source ranks by upvotes", () => {
    expect(score({ rank: 1, sourceUpvotes: 50, rankedDigest: false })).toBe(
      score({ rank: 30, sourceUpvotes: 50, rankedDigest: false }),
    );
    expect(score({ rank: 30, sourceUpvotes: 60, rankedDigest: false })).toBeGreaterThan(
      score({ rank: 1, sourceUpvotes: 50, rankedDigest: false }),
    );
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
    expect(trendingScore({ ...base, readers: 4 }, "day").parts[0]!.detail).toContain("√4 readers here");
  });

  it("orders ties stably by rank then id", () => {
    const mk = (id: string, rank: number) => ({ id, rank, score: trendingScore({ ...base, rank: 1 }, "day") });
    expect(rankByScore([mk("b", 2), mk("a", 2), mk("c", 1)]).map((x) => x.id)).toEqual(["c", "a", "b"]);
  });
});
