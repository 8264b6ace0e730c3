// The app's rate limiter: one store per server process (the database's buckets when several instances
// share it, MULTI_INSTANCE=1), policies from the env. proxy.ts asks it before rendering a limited page
// or endpoint, the web server's search fast path before answering; the subscribe handler and action
// ask it directly.
import "server-only";
import { clientAddress, toClientKey } from "@/lib/edge/client-address";
import { getDb, type Db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { createDbStore } from "./db-store";
import { policiesFromEnv, type RateLimitClass, type RateLimitPolicies } from "./policies";
import { createMemoryStore, type RateLimitStore } from "./store";
import type { RateLimitDecision } from "./token-bucket";

// On globalThis: proxy.ts, the route bundles and the web server's own bundle (scripts/serve.ts) are
// separate module copies in one process, which must count against the same buckets; and dev-mode
// reloads would otherwise reset every bucket.
const g = globalThis as unknown as { paperboardRateLimits?: { store: RateLimitStore; policies: RateLimitPolicies } };

function createLimiter(db: () => Db) {
  const env = getEnv();
  // Several instances share the database's buckets; one process keeps them in memory (no query per request).
  return { store: env.MULTI_INSTANCE ? createDbStore(db()) : createMemoryStore(), policies: policiesFromEnv(env) };
}

function limiter() {
  g.paperboardRateLimits ??= createLimiter(getDb);
  return g.paperboardRateLimits;
}

/**
 * The web server (scripts/serve.ts) installs the limiter before Next loads, with its own database
 * client: its fast path for anonymous searches (lib/api/search-fast-path.ts) then never opens the
 * process-wide one (lib/db/client.ts), which Next's bundled copy of lib/db must create itself.
 */
export function installRateLimiter(db: Db): void {
  g.paperboardRateLimits ??= createLimiter(() => db);
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
