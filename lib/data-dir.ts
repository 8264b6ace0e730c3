// What DATA_DIR holds that nobody else may read, and tightening it: the directory 0700, the generated
// secrets 0600 — at every start, so an install made before this was enforced is closed too.
import { chmodSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";

/** Secrets generated into DATA_DIR when not given by the environment (lib/auth/secret.ts,
 *  lib/app-secret.ts, lib/search/server.ts write them); a backup carries them. */
export const DATA_DIR_SECRETS = ["auth-secret", "app-secret", "meilisearch/meili-master-key"] as const;

/** Directories inside DATA_DIR that other tools create with their own modes (Meilisearch's data). */
const PRIVATE_DIRS = ["meilisearch"];

export function secureDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  for (const dir of PRIVATE_DIRS) {
    const full = path.join(dataDir, dir);
    if (existsSync(full)) chmodSync(full, 0o700);
  }
  for (const secret of DATA_DIR_SECRETS) {
    const full = path.join(dataDir, secret);
    if (existsSync(full)) chmodSync(full, 0o600);
  }
}
