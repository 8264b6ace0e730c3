// The one "secret generated once" helper: zero-config starts need secrets that survive restarts.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Reads the secret in `file`, creating it first (random, mode 600) when missing. The create is exclusive,
 * so concurrent first starts (the web server and a CLI) agree on one secret. A secret shorter than
 * `minLength` is refused with a message saying how to regenerate it.
 */
export function readOrCreateSecretFile(file: string, options: { bytes?: number; minLength?: number } = {}): string {
  const { bytes = 32, minLength = 32 } = options;
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(bytes).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < minLength) {
    throw new Error(`${file} holds a secret shorter than ${minLength} characters; delete it to regenerate`);
  }
  return secret;
}
