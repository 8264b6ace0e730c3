// The session-signing secret for zero-config starts: generated once, kept beside the data it protects.
import path from "node:path";
import { readOrCreateSecretFile } from "@/lib/domain/secret-file";
import { getEnv } from "@/lib/env";

/** Reads $DATA_DIR/auth-secret, creating it (mode 600) on first use; concurrent first starts agree. */
export function loadOrCreateAuthSecret(dataDir: string): string {
  return readOrCreateSecretFile(path.join(dataDir, "auth-secret"));
}

let cached: string | undefined;

/** The secret better-auth signs sessions with: AUTH_SECRET, else the generated one (read once). */
export function getAuthSecret(): string {
  const env = getEnv();
  cached ??= env.AUTH_SECRET ?? loadOrCreateAuthSecret(env.DATA_DIR);
  return cached;
}
