// The HMAC secret for signed links and calls (email links, private feeds, cache revalidation): APP_SECRET,
// or one generated on first use and kept in $DATA_DIR.
import "server-only";
import path from "node:path";
import { readOrCreateSecretFile } from "@/lib/domain/secret-file";
import { getEnv } from "@/lib/env";

let cached: string | undefined;

/**
 * `npm start` must work with no configuration, and links mailed yesterday must still verify after a
 * restart: so the generated secret is written once (exclusive create, so the web server and a
 * concurrent digest:send agree on one) and read back from then on.
 */
export function getAppSecret(): string {
  if (cached) return cached;
  const env = getEnv();
  if (env.APP_SECRET) return (cached = env.APP_SECRET);
  return (cached = readOrCreateSecretFile(path.join(env.DATA_DIR, "app-secret")));
}
