// Per-client token buckets, in memory (one Node process serves the app): a burst, then a steady
// rate. Pure apart from the clock, which callers may pass in (tests).
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };
export type RateLimiter = { take: (key: string, now?: number) => RateLimitDecision };

export function createRateLimiter(options: { perMinute: number; burst: number; maxKeys?: number }): RateLimiter {
  const ratePerMs = options.perMinute / 60_000;
  const maxKeys = options.maxKeys ?? 10_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now = Date.now()) {
      const bucket = buckets.get(key) ?? { tokens: options.burst, at: now };
      bucket.tokens = Math.min(options.burst, bucket.tokens + (now - bucket.at) * ratePerMs);
      bucket.at = now;
      // Re-insert so Map order is least-recently-seen first; forget the oldest clients past maxKeys.
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)) };
    },
  };
}

/**
 * The client address: the first X-Forwarded-For entry (a reverse proxy's view; `next start` sets the
 * header from the socket when absent). Directly exposed, a client could forge it — run behind a proxy.
 */
export function clientKey(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
