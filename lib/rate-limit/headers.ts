// The rate-limit state a response states, pure: RateLimit-Limit / -Remaining / -Reset (the widely
// deployed form of the IETF httpapi draft) and Retry-After on a refusal.
import type { RateLimitDecision } from "./token-bucket";

export function rateLimitHeaders(decision: RateLimitDecision): Record<string, string> {
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(decision.limit),
    "RateLimit-Remaining": String(decision.remaining),
    "RateLimit-Reset": String(decision.resetSeconds),
  };
  if (!decision.allowed) headers["Retry-After"] = String(decision.retryAfterSeconds);
  return headers;
}
