// `npm run restore`: checks a backup completely (checksums, SQLite's integrity check, rows per table,
// schema not newer than this code) before writing anything, then puts the database and secrets in
// place with every paper pending for the search index, which the next start rebuilds.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { secureDataDir } from "@/lib/data-dir";
import { checkIntegrity, isDatabaseInUse, markRestoredForReindex, readSnapshotFacts } from "@/lib/db/backup";
import { databaseFiles } from "@/lib/db/setup";
import type { Env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { DATABASE_COPY, type Manifest, readManifest, SECRETS_DIR, sha256File } from "./manifest";

export type RestoreTarget = Pick<Env, "DATA_DIR" | "DATABASE_FILE">;
export type RestoreOptions = { force: boolean; knownMigrations: string[] };
export type RestoreResult = { manifest: Manifest; pendingPapers: number };

/** The embedded Meilisearch's data: with --force it indexes data the restore replaces, so it goes. */
const EMBEDDED_INDEX = "meilisearch/data.ms";

function refuse(message: string): never {
  throw new AppError("BAD_REQUEST", message);
}

/** Everything a restore relies on, checked before anything is written. */
export async function verifyBackup(dir: string, knownMigrations: string[]): Promise<Manifest> {
  const manifest = readManifest(dir);
  const copy = path.join(dir, DATABASE_COPY);
  if (!existsSync(copy)) refuse(`${copy} is missing`);
  if (statSync(copy).size !== manifest.database.bytes || (await sha256File(copy)) !== manifest.database.sha256)
    refuse(`${copy} does not match the checksum in the manifest: the backup is damaged`);
  const integrity = checkIntegrity(copy);
  if (integrity !== "ok") refuse(`${copy} fails SQLite's integrity check: ${integrity.slice(0, 500)}`);
  const { tables } = readSnapshotFacts(copy);
  const names = new Set([...Object.keys(tables), ...Object.keys(manifest.tables)]);
  for (const name of names)
    if (tables[name] !== manifest.tables[name])
      refuse(
        `${copy}: table ${name} has ${tables[name] ?? "no"} rows, the manifest says ${manifest.tables[name] ?? "none"}`,
      );
  const unknown = manifest.migrations.filter((m) => !knownMigrations.includes(m));
  if (unknown.length > 0)
    refuse(`the backup was made by a newer Paperboard (migrations ${unknown.join(", ")}): upgrade before restoring`);
  for (const secret of manifest.secrets) {
    const file = path.join(dir, SECRETS_DIR, secret.path);
    if (!existsSync(file) || (await sha256File(file)) !== secret.sha256)
      refuse(`${file} is missing or does not match its checksum`);
  }
  return manifest;
}

export async function restoreBackup(
  dir: string,
  target: RestoreTarget,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const manifest = await verifyBackup(dir, options.knownMigrations);
  const { DATA_DIR: dataDir, DATABASE_FILE: dbFile } = target;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0 && !options.force)
    refuse(`${dataDir} is not empty: restore into a new DATA_DIR (--data-dir), or pass --force to replace its data`);
  if (existsSync(dbFile) && isDatabaseInUse(dbFile))
    refuse(`${dbFile} is open in another process: stop the app (and any ingest) first`);

  secureDataDir(dataDir);
  mkdirSync(path.dirname(dbFile), { recursive: true, mode: 0o700 });
  // Every file is staged beside its place first and renamed in at the end: a failure while copying
  // leaves DATA_DIR as it was.
  const moves: [string, string][] = [
    [path.join(dir, DATABASE_COPY), dbFile],
    ...manifest.secrets.map((s): [string, string] => [path.join(dir, SECRETS_DIR, s.path), path.join(dataDir, s.path)]),
  ];
  const staged = (to: string) => `${to}.restoring`;
  try {
    for (const [from, to] of moves) {
      mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
      copyFileSync(from, staged(to));
      chmodSync(staged(to), 0o600);
    }
    const pendingPapers = markRestoredForReindex(staged(dbFile));
    // A -wal or -shm left from the replaced database would be read as part of the restored one.
    for (const file of databaseFiles(dbFile)) rmSync(file, { force: true });
    for (const [, to] of moves) renameSync(staged(to), to);
    if (options.force) rmSync(path.join(dataDir, EMBEDDED_INDEX), { recursive: true, force: true });
    return { manifest, pendingPapers };
  } finally {
    for (const [, to] of moves) rmSync(staged(to), { force: true });
  }
}
