// The search API's per-client rate limit (issue 4): one limiter per server process, sized from the env.
import "server-only";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientKey, createRateLimiter, type RateLimiter } from "@/lib/rate-limit";

let limiter: RateLimiter | undefined;

/** Throws RATE_LIMITED (429 with Retry-After) when this client has used up its requests. */
export function enforceSearchRateLimit(request: Request): void {
  const env = getEnv();
  limiter ??= createRateLimiter({ perMinute: env.SEARCH_RATE_LIMIT_PER_MINUTE, burst: env.SEARCH_RATE_LIMIT_BURST });
  const decision = limiter.take(clientKey(request.headers));
  if (!decision.allowed) {
    throw new AppError("RATE_LIMITED", `Too many searches: try again in ${decision.retryAfterSeconds} s.`, {
      retryAfterSeconds: decision.retryAfterSeconds,
    });
  }
}
