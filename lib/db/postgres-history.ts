// Keeps prisma/postgres/ (the PostgreSQL schema and its migration history) derived from prisma/schema.prisma
// and in step with the SQLite history: each PostgreSQL migration is named after the SQLite migration it
// catches up with, and holds the schema engine's diff from the previously derived schema.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffTargets } from "./migrate";
import { readMigrationList, writeMigration } from "./migrate-files";
import { derivePostgresSchema } from "./postgres-schema";

export type HistoryPaths = {
  sqliteSchema: string;
  sqliteMigrations: string;
  postgresSchema: string;
  postgresMigrations: string;
};

export function historyPaths(root: string): HistoryPaths {
  return {
    sqliteSchema: path.join(root, "prisma/schema.prisma"),
    sqliteMigrations: path.join(root, "prisma/migrations"),
    postgresSchema: path.join(root, "prisma/postgres/schema.prisma"),
    postgresMigrations: path.join(root, "prisma/postgres/migrations"),
  };
}

const lastFolder = async (dir: string) => (await readMigrationList(dir)).migrationDirectories.at(-1)?.path ?? null;

/** Brings prisma/postgres/ up to date; returns the migration folder written, or null when nothing changed.
 *  `serverUrl`: a PostgreSQL server the engine connects to (it does even to diff two schema texts). */
export async function derivePostgresHistory(paths: HistoryPaths, serverUrl: string): Promise<string | null> {
  const next = derivePostgresSchema(await readFile(paths.sqliteSchema, "utf8"));
  const sqliteHead = await lastFolder(paths.sqliteMigrations);
  if (sqliteHead === null) throw new Error(`${paths.sqliteMigrations} has no migrations`);
  const postgresHead = await lastFolder(paths.postgresMigrations);
  const previous =
    postgresHead !== null && existsSync(paths.postgresSchema) ? await readFile(paths.postgresSchema, "utf8") : null;
  const from =
    previous === null
      ? ({ tag: "empty" } as const)
      : { tag: "schemaDatamodel" as const, files: [{ path: paths.postgresSchema, content: previous }] };
  const to = { tag: "schemaDatamodel" as const, files: [{ path: paths.postgresSchema, content: next }] };
  const script = await diffTargets(serverUrl, from, to, "Deriving the PostgreSQL migration");
  let folder: string | null = null;
  if (script !== null) {
    if (postgresHead === sqliteHead)
      throw new Error(
        `prisma/schema.prisma changed since ${sqliteHead} but has no SQLite migration: create one first (npm run db:migration:create)`,
      );
    const migration = {
      generatedMigrationName: sqliteHead,
      migrationScript: script,
      extension: "sql",
      connectorType: "postgresql",
    };
    folder = await writeMigration(paths.postgresMigrations, migration);
  }
  if (previous !== next) await writeFile(paths.postgresSchema, next, "utf8");
  return folder;
}

/** What disagrees between prisma/postgres/ and prisma/schema.prisma (empty: they agree). The history is
 *  replayed on a shadow database of the server at `serverUrl` and diffed against the derived schema. */
export async function checkPostgresHistory(paths: HistoryPaths, serverUrl: string): Promise<string[]> {
  const problems: string[] = [];
  const expected = derivePostgresSchema(await readFile(paths.sqliteSchema, "utf8"));
  const actual = existsSync(paths.postgresSchema) ? await readFile(paths.postgresSchema, "utf8") : null;
  if (actual !== expected)
    problems.push(`${paths.postgresSchema} is not derived from the current prisma/schema.prisma`);
  const sqliteHead = await lastFolder(paths.sqliteMigrations);
  const postgresHead = await lastFolder(paths.postgresMigrations);
  if (postgresHead !== sqliteHead)
    problems.push(`the PostgreSQL history ends at ${postgresHead ?? "(nothing)"}, the SQLite one at ${sqliteHead}`);
  if (actual !== null) {
    const history = { tag: "migrations" as const, ...(await readMigrationList(paths.postgresMigrations)) };
    const to = { tag: "schemaDatamodel" as const, files: [{ path: paths.postgresSchema, content: actual }] };
    const drift = await diffTargets(serverUrl, history, to, "Replaying the PostgreSQL history");
    if (drift !== null)
      problems.push(`the PostgreSQL migrations do not produce prisma/postgres/schema.prisma; missing:\n${drift}`);
  }
  return problems;
}
