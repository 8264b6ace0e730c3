// Tells, without the schema engine, whether a database has migrations to apply: the common case at startup is
// "none", and answering it with a read-only connection avoids the engine's exclusive lock, which SQLite refuses
// while another process (the running app, with WAL on) has the file open.
import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";

/** True unless every migration folder is recorded as applied and nothing is recorded as failed. When in
 *  doubt it says true, and the engine (which decides exactly as `prisma migrate deploy`) takes over. */
export function hasPendingMigrations(dbFile: string, migrations: MigrationList): boolean {
  if (!existsSync(dbFile)) return true;
  // An unreadable migration.sql is an error the engine reports (P3015), even for an applied migration.
  if (migrations.migrationDirectories.some((dir) => dir.migrationFile.content.tag !== "ok")) return true;
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const hasTable = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (hasTable === undefined) return true;
    // The engine's own rules: applied = finished and not rolled back; failed = neither (blocks deploys, P3009).
    const failed = db
      .prepare("SELECT 1 FROM _prisma_migrations WHERE finished_at IS NULL AND rolled_back_at IS NULL")
      .get();
    if (failed !== undefined) return true;
    const applied = new Set(
      db
        .prepare(
          "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
        )
        .pluck()
        .all(),
    );
    return migrations.migrationDirectories.some((dir) => !applied.has(dir.path));
  } finally {
    db.close();
  }
}
