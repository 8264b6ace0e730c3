// The rate-limit store for several app instances (MULTI_INSTANCE=1): buckets in the shared database
// (lib/db/rate-limits.ts), so a client's requests count against one bucket whichever instance serves them.
import "server-only";
import type { Db } from "@/lib/db/client";
import { pruneIdleBuckets, takeBucketToken } from "@/lib/db/rate-limits";
import type { RateLimitStore } from "./store";
import { decide } from "./token-bucket";

/** One take in this many also prunes idle buckets: cheap, and storage stays bounded. */
const PRUNE_EVERY = 1_000;

export function createDbStore(db: Db): RateLimitStore {
  let takes = 0;
  return {
    async take(key, policy, now) {
      if (++takes % PRUNE_EVERY === 0) await pruneIdleBuckets(db, now);
      const { allowed, tokens } = await takeBucketToken(db, key, policy, now);
      return decide(allowed, tokens, policy);
    },
  };
}
