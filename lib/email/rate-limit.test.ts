// Sliding-window rate limiter.
import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows `limit` hits per window and says when to retry", () => {
    const rl = createRateLimiter({ limit: 2, windowMs: 60_000 });
    expect(rl.hit("ip", 0).ok).toBe(true);
    expect(rl.hit("ip", 10_000).ok).toBe(true);
    expect(rl.hit("ip", 20_000)).toEqual({ ok: false, retryAfterSeconds: 40 });
    expect(rl.hit("other", 20_000).ok).toBe(true);
    expect(rl.hit("ip", 60_001).ok).toBe(true); // the first hit left the window
  });

  it("forgets the stalest keys beyond maxKeys", () => {
    const rl = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    rl.hit("a", 0);
    rl.hit("b", 0);
    rl.hit("c", 0);
    expect(rl.hit("a", 1).ok).toBe(true);
    expect(rl.hit("c", 1).ok).toBe(false);
  });
});
