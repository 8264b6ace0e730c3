import { describe, expect, it } from "vitest";
import { clientKey, createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows a burst, then refuses with the seconds until the next token", () => {
    const limiter = createRateLimiter({ perMinute: 60, burst: 3 });
    const now = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("a", now).allowed)).toEqual([true, true, true]);
    expect(limiter.take("a", now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // Other clients have their own bucket.
    expect(limiter.take("b", now).allowed).toBe(true);
    // One token a second refills.
    expect(limiter.take("a", now + 1_000).allowed).toBe(true);
    expect(limiter.take("a", now + 1_000).allowed).toBe(false);
  });

  it("keys clients by the first forwarded address", () => {
    expect(clientKey(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientKey(new Headers())).toBe("unknown");
  });
});
