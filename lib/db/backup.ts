// The SQLite side of backup and restore: an online snapshot that the app and an ingest may keep writing
// through, what a snapshot holds (rows per table, applied migrations), and preparing a restored copy.
import Database from "better-sqlite3";

/** Everything a backup says about its database, read from the snapshot itself. */
export type SnapshotFacts = { sqliteVersion: string; migrations: string[]; tables: Record<string, number> };

/**
 * Copies the live database to `dest` with SQLite's online backup API (better-sqlite3's `.backup()`).
 * All pages go in one step: a step-by-step copy restarts whenever another process commits, so beside an
 * ingest it might never finish, while one step reads one consistent snapshot (WAL: writers carry on).
 */
export async function snapshotDatabase(source: string, dest: string): Promise<void> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await db.backup(dest, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  // The copy inherits WAL mode; a rollback-journal file is one self-contained file (no -wal, -shm
  // beside it when it is read). The next start turns WAL on again (setup.ts).
  const copy = new Database(dest, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
}

/** Rows per table (every table but SQLite's own), applied migrations and the SQLite version. */
export function readSnapshotFacts(file: string): SnapshotFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const names = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .pluck()
      .all() as string[];
    const tables = Object.fromEntries(
      names.map((name) => [
        name,
        Number(
          db
            .prepare(`SELECT COUNT(*) FROM "${name.replaceAll('"', '""')}"`)
            .pluck()
            .get(),
        ),
      ]),
    );
    const migrations = names.includes("_prisma_migrations")
      ? (db
          .prepare(
            `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
          )
          .pluck()
          .all() as string[])
      : [];
    return { sqliteVersion: String(db.prepare("SELECT sqlite_version()").pluck().get()), migrations, tables };
  } finally {
    db.close();
  }
}

/** SQLite's own structural check ("ok", or what is wrong). */
export function checkIntegrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("PRAGMA quick_check").pluck().all() as string[]).join("; ");
  } finally {
    db.close();
  }
}

/** Readies a restored copy for its first start: every paper pending for the search index (the index is
 *  not in the backup; the start-up sync sends pending papers). Returns how many papers that is. */
export function markRestoredForReindex(file: string): number {
  const db = new Database(file, { fileMustExist: true });
  try {
    return db.prepare(`UPDATE "Paper" SET "indexedAt" = NULL`).run().changes;
  } finally {
    db.close();
  }
}

/** Whether another connection (a running app, an ingest) has the database open: SQLite refuses an
 *  exclusive lock then. A restore must not replace a file under a live process. */
export function isDatabaseInUse(file: string): boolean {
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    db.exec("ROLLBACK");
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith("SQLITE_BUSY")) return true;
    throw error;
  } finally {
    db.close();
  }
}
