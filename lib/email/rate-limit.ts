// A sliding-window counter per key, in the web server's memory (issue 7: subscribe is rate-limited).
// One process serves the app; several instances would need a shared store (README: limits).

export type RateLimiter = { hit: (key: string, now?: number) => { ok: true } | { ok: false; retryAfterSeconds: number } };

export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const hits = new Map<string, number[]>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    hit(key, now = Date.now()) {
      const recent = (hits.get(key) ?? []).filter((t) => t > now - options.windowMs);
      if (recent.length >= options.limit) {
        hits.set(key, recent);
        return { ok: false, retryAfterSeconds: Math.ceil((recent[0]! + options.windowMs - now) / 1000) };
      }
      recent.push(now);
      hits.delete(key); // re-insert: Map order doubles as least-recently-used order
      hits.set(key, recent);
      // Bounded memory under a flood of distinct keys: forget the stalest.
      if (hits.size > maxKeys) hits.delete(hits.keys().next().value!);
      return { ok: true };
    },
  };
}
