// The app's rate limiter: one store per server process (the database's buckets when several instances
// share it, MULTI_INSTANCE=1), policies from the env. proxy.ts asks it
// before rendering a limited page or endpoint; the subscribe handler and action ask it directly.
import "server-only";
import { clientAddress, toClientKey } from "@/lib/edge/client-address";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { createDbStore } from "./db-store";
import { policiesFromEnv, type RateLimitClass, type RateLimitPolicies } from "./policies";
import { createMemoryStore, type RateLimitStore } from "./store";
import type { RateLimitDecision } from "./token-bucket";

// On globalThis: proxy.ts and the route bundles are separate modules in one process, and dev-mode
// reloads would otherwise reset every bucket.
const g = globalThis as unknown as { paperboardRateLimits?: { store: RateLimitStore; policies: RateLimitPolicies } };

function limiter() {
  const env = getEnv();
  // Several instances share the database's buckets; one process keeps them in memory (no query per request).
  g.paperboardRateLimits ??= {
    store: env.MULTI_INSTANCE ? createDbStore(getDb()) : createMemoryStore(),
    policies: policiesFromEnv(env),
  };
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
