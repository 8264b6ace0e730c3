import { describe, expect, it } from "vitest";
import { createLogLimiter } from "./log-limiter";

describe("createLogLimiter", () => {
  it("allows one line per key and hour, and at once again after a recovery", () => {
    const limiter = createLogLimiter();
    const hour = 3_600_000;
    expect(limiter.allow("hf", 0)).toBe(true);
    expect(limiter.allow("hf", 10 * 60_000)).toBe(false);
    expect(limiter.allow("arxiv", 10 * 60_000)).toBe(true);
    expect(limiter.allow("hf", hour - 1)).toBe(false);
    expect(limiter.allow("hf", hour)).toBe(true);
    expect(limiter.clear("hf")).toBe(true);
    expect(limiter.clear("hf")).toBe(false);
    expect(limiter.allow("hf", hour + 1)).toBe(true);
  });
});
