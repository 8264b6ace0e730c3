// `npm run backup`: an online copy of the database (the app and an ingest keep writing meanwhile), the
// secrets DATA_DIR generated, and a manifest with versions, rows per table and checksums.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { DATA_DIR_SECRETS } from "@/lib/data-dir";
import { readSnapshotFacts, snapshotDatabase } from "@/lib/db/backup";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { DATABASE_COPY, MANIFEST_FILE, type Manifest, SECRETS_DIR, sha256File, writeManifest } from "./manifest";

export type BackupPaths = Pick<Env, "DATA_DIR" | "DATABASE_FILE" | "AUTH_SECRET" | "APP_SECRET" | "MEILI_URL">;

export async function createBackup(env: BackupPaths, outDir: string, appVersion: string): Promise<Manifest> {
  if (!existsSync(env.DATABASE_FILE))
    throw new AppError("BAD_REQUEST", `No database at ${env.DATABASE_FILE}: nothing to back up`);
  if (existsSync(outDir) && readdirSync(outDir).length > 0)
    throw new AppError("BAD_REQUEST", `${outDir} is not empty: back up into a new or empty directory`);
  mkdirSync(outDir, { recursive: true, mode: 0o700 });
  chmodSync(outDir, 0o700); // it holds the accounts and the secrets
  const written = [DATABASE_COPY, SECRETS_DIR, `${MANIFEST_FILE}.tmp`].map((name) => path.join(outDir, name));
  try {
    const copy = path.join(outDir, DATABASE_COPY);
    await snapshotDatabase(env.DATABASE_FILE, copy);
    chmodSync(copy, 0o600);
    const facts = readSnapshotFacts(copy);
    const manifest: Manifest = {
      format: "paperboard-backup",
      formatVersion: 1,
      createdAt: new Date().toISOString(),
      appVersion,
      sqliteVersion: facts.sqliteVersion,
      migrations: facts.migrations,
      database: { file: DATABASE_COPY, bytes: statSync(copy).size, sha256: await sha256File(copy) },
      tables: facts.tables,
      secrets: await copySecrets(env.DATA_DIR, path.join(outDir, SECRETS_DIR)),
      notIncluded: notIncluded(env),
    };
    writeManifest(outDir, manifest);
    return manifest;
  } catch (error) {
    for (const file of written) rmSync(file, { recursive: true, force: true });
    throw error;
  }
}

async function copySecrets(dataDir: string, secretsDir: string): Promise<Manifest["secrets"]> {
  const copied: Manifest["secrets"] = [];
  for (const secret of DATA_DIR_SECRETS) {
    const from = path.join(dataDir, secret);
    if (!existsSync(from)) continue;
    const to = path.join(secretsDir, secret);
    mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
    copyFileSync(from, to);
    chmodSync(to, 0o600);
    copied.push({ path: secret, sha256: await sha256File(to) });
  }
  return copied;
}

function notIncluded(env: BackupPaths): string[] {
  const out = [
    "the search index: a restore marks every paper pending, and the next start rebuilds it from the database",
  ];
  if (env.AUTH_SECRET)
    out.push("AUTH_SECRET: set in the environment, not in DATA_DIR; keep it with your configuration");
  if (env.APP_SECRET) out.push("APP_SECRET: set in the environment, not in DATA_DIR; keep it with your configuration");
  if (env.MEILI_URL) out.push("MEILI_MASTER_KEY: an external Meilisearch's key, kept with your configuration");
  return out;
}
