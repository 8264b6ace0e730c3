// The one rate-limiting rule, pure: a token bucket per client and endpoint class — a burst, then a
// steady rate. Every store (lib/rate-limit/store.ts) runs exactly this arithmetic.

export type RateLimitPolicy = { perMinute: number; burst: number };
/** Tokens left at time `at` (ms). A bucket nobody has touched is full. */
export type Bucket = { tokens: number; at: number };
/**
 * `limit` is the burst, `remaining` the whole tokens left, `resetSeconds` the time until the bucket is
 * full again: what the RateLimit-* response headers state (lib/rate-limit/headers.ts).
 */
export type RateLimitState = { limit: number; remaining: number; resetSeconds: number };
export type RateLimitDecision = ({ allowed: true } | { allowed: false; retryAfterSeconds: number }) & RateLimitState;

const perMs = (policy: RateLimitPolicy) => policy.perMinute / 60_000;

/** Refills `bucket` for the time since it was last touched, then takes one token if there is one. */
export function takeToken(
  bucket: Bucket | undefined,
  policy: RateLimitPolicy,
  now: number,
): { bucket: Bucket; decision: RateLimitDecision } {
  const elapsed = bucket ? Math.max(0, now - bucket.at) : 0;
  const tokens = bucket ? Math.min(policy.burst, bucket.tokens + elapsed * perMs(policy)) : policy.burst;
  return {
    bucket: { tokens: tokens >= 1 ? tokens - 1 : tokens, at: now },
    decision: decide(tokens >= 1, tokens >= 1 ? tokens - 1 : tokens, policy),
  };
}

/** The decision for a bucket left holding `left` tokens after a take that was (or was not) allowed. */
export function decide(allowed: boolean, left: number, policy: RateLimitPolicy): RateLimitDecision {
  const state: RateLimitState = {
    limit: policy.burst,
    remaining: Math.floor(left),
    resetSeconds: Math.ceil((policy.burst - left) / perMs(policy) / 1000),
  };
  return allowed
    ? { allowed: true, ...state }
    : { allowed: false, retryAfterSeconds: secondsUntilToken(left, policy), ...state };
}

/** Whole seconds until a bucket holding `tokens` (< 1) has a token again; at least 1. */
export function secondsUntilToken(tokens: number, policy: RateLimitPolicy): number {
  return Math.max(1, Math.ceil((1 - tokens) / perMs(policy) / 1000));
}
