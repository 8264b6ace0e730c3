// The app's rate limiter: one store per server process, policies from the env. proxy.ts asks it
// before rendering a limited page or endpoint; the subscribe handler and action ask it directly.
import "server-only";
import { clientAddress, toClientKey } from "@/lib/edge/client-address";
import { getEnv } from "@/lib/env";
import { policiesFromEnv, type RateLimitClass, type RateLimitPolicies } from "./policies";
import { createMemoryStore, type RateLimitStore } from "./store";
import type { RateLimitDecision } from "./token-bucket";

// On globalThis: proxy.ts and the route bundles are separate modules in one process, and dev-mode
// reloads would otherwise reset every bucket.
const g = globalThis as unknown as { paperboardRateLimits?: { store: RateLimitStore; policies: RateLimitPolicies } };

function limiter() {
  g.paperboardRateLimits ??= { store: createMemoryStore(), policies: policiesFromEnv(getEnv()) };
  return g.paperboardRateLimits;
}

/** Takes one token of `limit` for `key` (a client address, or an email address for subscribe-address). */
export function takeRateLimit(limit: RateLimitClass, key: string, now = Date.now()): Promise<RateLimitDecision> {
  const { store, policies } = limiter();
  return store.take(`${limit}|${key}`, policies[limit], now);
}

/** Takes one token of `limit` for the client that sent these headers (see lib/edge/client-address.ts). */
export function takeClientRateLimit(limit: RateLimitClass, headers: Headers): Promise<RateLimitDecision> {
  return takeRateLimit(limit, toClientKey(clientAddress(headers)));
}
