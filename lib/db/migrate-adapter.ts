// The driver adapter (better-sqlite3, or pg for a postgresql:// URL) shaped for Prisma's WASM schema
// engine: readable errors, scripts on the shadow database, and every connection closed once it is done.
import { randomUUID } from "node:crypto";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  isDriverAdapterError,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
} from "@prisma/driver-adapter-utils";
import type { PoolConfig } from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { providerOf } from "./provider";

// Error kinds the adapter (7.10) emits but this engine build cannot deserialize: SQLITE_BUSY arrives as
// "unknown variant `SocketTimeout`" and hides "database is locked". Sent as plain errors instead, they
// land in the error registry and come back readable (migrate-errors.ts).
const KINDS_UNKNOWN_TO_ENGINE = new Set([
  "SocketTimeout",
  "RestrictViolation",
  "InvalidInputValue",
  "InconsistentColumnData",
]);

/** The last statement or script the database refused, with SQLite's own words. */
export interface FailedStatement {
  sql: string;
  message: string;
}

export interface MigrationAdapter {
  readonly factory: ErrorCapturingSqlMigrationAwareDriverAdapterFactory;
  /** The engine turns some SQLite errors into vaguer ones ("table for model `x` does not exist") and
   *  does not always say which migration ran: this keeps what SQLite said, and the SQL it said it about. */
  lastFailure(): FailedStatement | undefined;
  /** Closes every connection the engine opened. The engine never closes the main one, and holds it in
   *  `locking_mode=EXCLUSIVE`: until this runs, no other connection can use the database. */
  close(): Promise<void>;
}

/** A migration-aware adapter factory for one SQLite file (its shadow database is in memory, the adapter's
 *  default) or one PostgreSQL URL (the shadow is a temporary database on the same server). */
export function createMigrationAdapter(database: string): MigrationAdapter {
  const postgres = providerOf(database) === "postgresql";
  const pgConfig = { ...parseIntoClientConfig(database), max: 2 };
  const base = postgres ? new PrismaPg(pgConfig) : new PrismaBetterSqlite3({ url: `file:${database}` });
  const connectToShadowDb = postgres ? () => connectPostgresShadow(pgConfig) : () => base.connectToShadowDb();
  const opened: SqlDriverAdapter[] = [];
  let lastFailure: FailedStatement | undefined;
  const record = (failure: FailedStatement) => {
    lastFailure = failure;
  };
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    // Disposing twice must stay harmless: the engine disposes the shadow connections it is done with, and
    // the pg adapter's dispose drops its shadow database, which a second drop would find gone.
    const dispose = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    adapter.dispose = () => (disposed ??= dispose());
    opened.push(adapter);
    return withReadableErrors(adapter, record);
  };
  const readable = (adapter: SqlDriverAdapter) => (postgres ? withCharAsText(adapter) : adapter);
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => track(readable(await base.connect())),
    connectToShadowDb: async () => withScriptsThroughExec(track(readable(await connectToShadowDb()))),
  });
  return {
    factory,
    lastFailure: () => lastFailure,
    close: async () => {
      for (const adapter of opened.splice(0)) await adapter.dispose();
    },
  };
}

/**
 * A temporary database on the same server, dropped on dispose. Not the pg adapter's own: its (7.10) drops
 * the shadow database before closing its pool ("being accessed by other users"), and given a
 * connectionString it would connect to the real database instead of the shadow one.
 */
async function connectPostgresShadow(config: PoolConfig): Promise<SqlDriverAdapter> {
  const admin = await new PrismaPg(config).connect();
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await admin.executeScript(`CREATE DATABASE "${name}"`);
  const shadow = await new PrismaPg({ ...config, database: name }).connect();
  const dispose = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    try {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
    } finally {
      await admin.dispose();
    }
  };
  return shadow;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The engine describes a PostgreSQL schema from the catalogs, whose one-byte `"char"` columns (relkind,
 * contype…) the pg adapter (7.10) refuses: "Column type 'char' could not be deserialized". node-postgres
 * already reads them as strings, so they are declared text before the adapter maps column types. The hook
 * is the adapter's one query path (performIO, not part of its typed API): checked, so an adapter upgrade
 * that renames it fails loudly here rather than at the first diff.
 */
function withCharAsText(adapter: SqlDriverAdapter): SqlDriverAdapter {
  type Fields = { fields: { dataTypeID: number }[] };
  const io = adapter as unknown as { performIO?: (query: unknown) => Promise<Fields> };
  const performIO = io.performIO;
  if (typeof performIO !== "function") throw new Error("@prisma/adapter-pg has no performIO: revisit withCharAsText");
  io.performIO = async (query) => {
    const result = await performIO.call(adapter, query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return adapter;
}

function withReadableErrors(adapter: SqlDriverAdapter, record: (failure: FailedStatement) => void): SqlDriverAdapter {
  const { queryRaw, executeRaw, executeScript } = adapter;
  // `async` + try, not `.catch()`: the adapter's executeScript throws synchronously.
  const guard = async <T>(sql: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      record({ sql, message: sqliteMessage(error) });
      throw engineReadable(error);
    }
  };
  adapter.queryRaw = (query) => guard(query.sql, () => queryRaw.call(adapter, query));
  adapter.executeRaw = (query) => guard(query.sql, () => executeRaw.call(adapter, query));
  adapter.executeScript = (script) => guard(script, () => executeScript.call(adapter, script));
  return adapter;
}

function sqliteMessage(error: unknown): string {
  if (isDriverAdapterError(error)) return error.cause.originalMessage ?? error.cause.kind;
  return error instanceof Error ? error.message : String(error);
}

function engineReadable(error: unknown): unknown {
  if (!isDriverAdapterError(error) || !KINDS_UNKNOWN_TO_ENGINE.has(error.cause.kind)) return error;
  const { originalCode, originalMessage, kind } = error.cause;
  const hint =
    kind === "SocketTimeout"
      ? "; the engine locks the database exclusively (as `prisma migrate` does): stop whatever else has it open (the app?) and retry"
      : "";
  return new Error(`${originalMessage ?? kind} (${originalCode ?? kind})${hint}`, { cause: error });
}

// The engine replays each migration on the shadow database as one argument-less executeRaw, which the
// adapter runs through prepare(): "The supplied SQL string contains more than one statement". exec() runs
// whole scripts; the affected-row count it cannot give is not used for a shadow replay.
function withScriptsThroughExec(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const { executeRaw } = adapter;
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw.call(adapter, query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}
