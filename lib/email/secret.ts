// The HMAC secret for email links: APP_SECRET, or one generated on first use and kept in $DATA_DIR.
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
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
  const file = path.join(env.DATA_DIR, "app-secret");
  mkdirSync(env.DATA_DIR, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds a secret shorter than 32 characters; delete it to regenerate.`);
  return (cached = secret);
}
