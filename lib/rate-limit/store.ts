// Where the buckets live. One process: in its memory (here). Several instances behind one proxy
// share the database's (./db-store.ts), through the same interface.
import { takeToken, type Bucket, type RateLimitDecision, type RateLimitPolicy } from "./token-bucket";

export interface RateLimitStore {
  /** Takes one token from the bucket `key` under `policy` at `now` (ms). Atomic per key. */
  take(key: string, policy: RateLimitPolicy, now: number): Promise<RateLimitDecision>;
}

/**
 * Buckets in a Map kept in least-recently-used order; past `maxKeys` the stalest goes, so a flood of
 * distinct clients costs bounded memory (a forgotten client starts again with a full burst).
 */
export function createMemoryStore(options: { maxKeys?: number } = {}): RateLimitStore {
  const maxKeys = options.maxKeys ?? 50_000;
  const buckets = new Map<string, Bucket>();
  return {
    async take(key, policy, now) {
      const { bucket, decision } = takeToken(buckets.get(key), policy, now);
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value!);
      return decision;
    },
  };
}
