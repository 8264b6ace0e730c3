// Prisma migrations without the native engine: apply, create and check them with the WASM schema engine.
// The database ends up exactly as `prisma migrate deploy` leaves it (same `_prisma_migrations` rows), so a
// machine with the native engine can take over. Not `server-only`: scripts and tests use it outside Next.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { MigrationList, SchemaContainer, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { AppError } from "@/lib/errors";
import { withSchemaEngine } from "./migrate-engine";
import { readMigrationList, readSchemaFiles, writeMigration } from "./migrate-files";
import { hasPendingMigrations } from "./migrate-status";
import { providerOf, redactDatabase } from "./provider";

export interface MigrateOptions {
  /** Default: <cwd>/prisma/migrations (as prisma.config.ts says); prisma/postgres/migrations for PostgreSQL. */
  migrationsDir?: string;
  /** Default: <cwd>/prisma/schema.prisma; prisma/postgres/schema.prisma (derived from it) for PostgreSQL. */
  schemaPath?: string;
}

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

// PostgreSQL keeps its own history (generated from the SQLite one's schema: scripts/db-postgres.ts).
const prismaDirOf = (database: string) => (providerOf(database) === "postgresql" ? "prisma/postgres" : "prisma");
const migrationsDirOf = (database: string, options: MigrateOptions) =>
  path.resolve(options.migrationsDir ?? path.join(prismaDirOf(database), "migrations"));
const schemaPathOf = (database: string, options: MigrateOptions) =>
  path.resolve(options.schemaPath ?? path.join(prismaDirOf(database), "schema.prisma"));

/** Applies pending migrations (like `prisma migrate deploy`), creating the file and its folder when
 *  missing. Returns the names applied now: none when the database is up to date. Applying needs a SQLite
 *  database to itself (as with Prisma's CLI); checking an up-to-date one does not. On PostgreSQL the
 *  engine takes an advisory lock, so instances starting together apply each migration once. */
export async function applyMigrations(database: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const postgres = providerOf(database) === "postgresql";
  const file = postgres ? database : path.resolve(database);
  if (!postgres) await mkdir(path.dirname(file), { recursive: true });
  const migrationsList = await readMigrationList(migrationsDirOf(database, options));
  if (!postgres && !hasPendingMigrations(file, migrationsList)) return { applied: [] };
  const { appliedMigrationNames } = await withSchemaEngine(
    { dbFile: file, migrations: migrationsList, action: `Applying migrations to ${redactDatabase(file)}` },
    (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTER }),
  );
  return { applied: appliedMigrationNames };
}

/** Dev helper (`prisma migrate dev --create-only`): replays the history on an in-memory shadow database,
 *  diffs it against the schema and writes <migrationsDir>/<YYYYMMDDHHMMSS>_<name>/migration.sql. Applies
 *  pending migrations to `dbFile` first but not the new one (review it; the next apply runs it). Returns
 *  the new folder, or null when the schema needs no change. */
export async function createMigration(
  dbFile: string,
  name: string,
  options: MigrateOptions = {},
): Promise<string | null> {
  const migrationName = toMigrationName(name);
  const file = path.resolve(dbFile);
  await mkdir(path.dirname(file), { recursive: true });
  const migrationsDir = migrationsDirOf(file, options);
  const migrationsList = await readMigrationList(migrationsDir);
  const schema = await readSchemaFiles(schemaPathOf(file, options));
  const call = { dbFile: file, schema, migrations: migrationsList, action: "Creating a migration" };
  const created = await withSchemaEngine(call, async (engine) => {
    // devDiagnostic needs `_prisma_migrations` (applyMigrations creates it), and it is what sets up the
    // shadow database createMigration replays the history on.
    await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    const { action } = await engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
    if (action.tag === "reset") {
      const advice = "it is a dev database: delete it and retry";
      throw new AppError("INTERNAL", `${file} no longer matches the migration history (${action.reason}); ${advice}`);
    }
    const input = { draft: false, migrationName, migrationsList, schema: { files: schema }, filters: NO_FILTER };
    return engine.createMigration(input);
  });
  if (created.migrationScript === null) return null;
  return writeMigration(migrationsDir, { ...created, migrationScript: created.migrationScript });
}

/** The SQL that would take the database at `dbFile` to the schema, or null when they match. */
export async function diffSchemaAgainstDatabase(dbFile: string, options: MigrateOptions = {}): Promise<string | null> {
  const file = path.resolve(dbFile);
  // The adapter would quietly create an empty database, and report the whole schema as missing.
  if (!existsSync(file)) throw new AppError("INTERNAL", `No database at ${file}`);
  const schemaPath = schemaPathOf(file, options);
  const files = await readSchemaFiles(schemaPath);
  const call = { dbFile: file, schema: files, action: `Diffing ${file} against ${schemaPath}` };
  const result = await withSchemaEngine(call, (engine) =>
    engine.diff({
      // "schemaDatasource" is the database behind the adapter: the WASM engine takes no URLs.
      from: { tag: "schemaDatasource", files, configDir: path.dirname(schemaPath) },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: true, // 2 when there is a difference: an empty diff still prints "-- This is an empty migration."
      filters: NO_FILTER,
    }),
  );
  if (result.exitCode === 0) return null;
  return result.stdout ?? "(the schema engine reported a difference but no script)";
}

type Target =
  { tag: "empty" } | { tag: "schemaDatamodel"; files: SchemaContainer[] } | ({ tag: "migrations" } & MigrationList);

/** The SQL that takes `from` to `to` on `database`'s kind of database, or null when they match. Only a
 *  "migrations" target touches the server (it is replayed on a temporary shadow database there). */
export async function diffTargets(database: string, from: Target, to: Target, action: string): Promise<string | null> {
  const result = await withSchemaEngine({ dbFile: database, action }, (engine) =>
    engine.diff({ from, to, script: true, exitCode: true, filters: NO_FILTER }),
  );
  if (result.exitCode === 0) return null;
  return result.stdout ?? "(the schema engine reported a difference but no script)";
}

/** "Add auth tables" -> "Add_auth_tables": the folder name is <timestamp>_<name>. */
function toMigrationName(name: string): string {
  const slug = name
    .trim()
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (slug === "") throw new AppError("BAD_REQUEST", `Migration name "${name}" has no letters or digits`);
  return slug;
}
