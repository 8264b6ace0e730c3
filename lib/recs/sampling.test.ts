import { describe, expect, it } from "vitest";
import { sampleBackground, seedOf, termLabel, trainingFingerprint } from "./sampling";
import { forYouPath, ForYouParamsSchema, periodRange } from "./period";

const pool = Array.from({ length: 1000 }, (_, i) => `p${i}`);

describe("sampleBackground", () => {
  it("draws n distinct ids, none excluded, the same for the same seed", () => {
    const exclude = new Set(["p1", "p2", "p3"]);
    const a = sampleBackground(pool, 100, 7, exclude);
    expect(a).toHaveLength(100);
    expect(new Set(a).size).toBe(100);
    expect(a.some((id) => exclude.has(id))).toBe(false);
    expect(sampleBackground(pool, 100, 7, exclude)).toEqual(a);
    expect(sampleBackground(pool, 100, 8, exclude)).not.toEqual(a);
  });

  it("returns the whole pool minus exclusions when n exceeds it", () => {
    expect(sampleBackground(["a", "b", "c"], 10, 1, new Set(["b"])).sort()).toEqual(["a", "c"]);
  });

  it("spreads over the pool instead of taking its head", () => {
    const drawn = sampleBackground(pool, 100, seedOf("reader"), new Set());
    expect(drawn.filter((id) => Number(id.slice(1)) >= 500).length).toBeGreaterThan(30);
  });
});

describe("trainingFingerprint", () => {
  it("changes when a save or a dismissal changes, not otherwise", () => {
    const base = { version: "v", positives: ["a", "b", "c"], dismissed: [] };
    expect(trainingFingerprint(base)).toBe(trainingFingerprint({ ...base }));
    expect(trainingFingerprint({ ...base, dismissed: ["d"] })).not.toBe(trainingFingerprint(base));
    expect(trainingFingerprint({ ...base, positives: ["a", "b"] })).not.toBe(trainingFingerprint(base));
    expect(trainingFingerprint({ ...base, version: "w" })).not.toBe(trainingFingerprint(base));
  });
});

describe("termLabel", () => {
  it("names categories and leaves words alone", () => {
    expect(termLabel("arxiv:cs.CL")).toBe("arXiv category cs.CL");
    expect(termLabel("language model")).toBe("language model");
  });
});

describe("period", () => {
  it("ends on the latest day and spans 1, 7 or 30 days", () => {
    expect(periodRange("day", "2026-03-13")).toEqual({ from: "2026-03-13", to: "2026-03-13" });
    expect(periodRange("week", "2026-03-13")).toEqual({ from: "2026-03-07", to: "2026-03-13" });
    expect(periodRange("month", "2026-03-13")).toEqual({ from: "2026-02-12", to: "2026-03-13" });
  });

  it("parses the query string leniently and writes it back without defaults", () => {
    expect(ForYouParamsSchema.parse({})).toEqual({ period: "week" });
    expect(ForYouParamsSchema.parse({ period: "year", collection: "x", tag: "" })).toEqual({ period: "week" });
    const parsed = ForYouParamsSchema.parse({ period: ["month"], collection: "4", tag: " rlhf " });
    expect(parsed).toEqual({ period: "month", collection: 4, tag: "rlhf" });
    expect(forYouPath(parsed)).toBe("/for-you?period=month&collection=4&tag=rlhf");
    expect(forYouPath({ period: "week" })).toBe("/for-you");
  });
});
