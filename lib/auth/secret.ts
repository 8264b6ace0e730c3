// The session-signing secret for zero-config starts: generated once, kept beside the data it protects.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getEnv } from "@/lib/env";

/** Reads $DATA_DIR/auth-secret, creating it (mode 600) on first use; concurrent first starts agree. */
export function loadOrCreateAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) throw new Error(`${file} holds a secret shorter than 32 characters; delete it to regenerate`);
  return secret;
}

let cached: string | undefined;

/** The secret better-auth signs sessions with: AUTH_SECRET, else the generated one (read once). */
export function getAuthSecret(): string {
  const env = getEnv();
  cached ??= env.AUTH_SECRET ?? loadOrCreateAuthSecret(env.DATA_DIR);
  return cached;
}
