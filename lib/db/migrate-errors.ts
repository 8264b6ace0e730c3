// Turns a schema-engine failure into one sentence: what failed, in which migration, and what SQLite said.
import type { ErrorRegistry } from "@prisma/driver-adapter-utils";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { FailedStatement } from "./migrate-adapter";

export interface FailureContext {
  /** "Applying migrations to /x.db" */
  action: string;
  registry: ErrorRegistry;
  lastFailure?: FailedStatement;
  migrations?: MigrationList;
}

export function explainEngineFailure(error: unknown, context: FailureContext): string {
  const raw = messageOf(error);
  const text = describeEngineError(error, context.registry);
  const failure = context.lastFailure;
  // The engine hands each migration's script to the adapter verbatim, so the script names the migration.
  const migration =
    context.migrations?.migrationDirectories.find(
      (dir) => dir.migrationFile.content.tag === "ok" && dir.migrationFile.content.value === failure?.sql,
    )?.path ?? /migration_name="([^"]+)"/.exec(raw)?.[1];
  const where = migration && !text.includes(migration) ? ` in migration ${migration}` : "";
  const sqlite = failure && !text.includes(failure.message) ? ` (SQLite: ${failure.message})` : "";
  return `${context.action} failed${where}: ${text}${sqlite}`;
}

/** The engine's message without its Rust span trace and JS stack, with Prisma's code in front, and
 *  "External error id#N" (an index into the adapter's error registry) replaced by that error's message. */
export function describeEngineError(error: unknown, registry: ErrorRegistry): string {
  const lines: string[] = [];
  for (const line of messageOf(error).split("\n")) {
    if (/^\s+\d+: /.test(line)) break; // start of the span trace
    if (!/^\s+at /.test(line)) lines.push(line);
  }
  const text = lines
    .join("\n")
    .replace(/External error id#(\d+)/g, (match, id: string) => {
      const record = registry.consumeError(Number(id));
      return record === undefined ? match : messageOf(record.error);
    })
    .trim();
  // Engine errors carry Prisma's codes (P3009: failed migrations in the database, …).
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : "";
  return /^P\d{4}$/.test(code) ? `${code}: ${text}` : text;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
