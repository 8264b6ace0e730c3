// The better-sqlite3 driver adapter shaped for Prisma's WASM schema engine: readable errors, scripts on
// the shadow database, and every connection closed once the engine is done.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import {
  bindMigrationAwareSqlAdapterFactory,
  isDriverAdapterError,
  type ErrorCapturingSqlMigrationAwareDriverAdapterFactory,
  type SqlDriverAdapter,
} from "@prisma/driver-adapter-utils";

// Error kinds the adapter (7.10) emits but this engine build cannot deserialize: SQLITE_BUSY arrives as
// "unknown variant `SocketTimeout`" and hides "database is locked". Sent as plain errors instead, they
// land in the error registry and come back readable (migrate-errors.ts).
const KINDS_UNKNOWN_TO_ENGINE = new Set(["SocketTimeout", "RestrictViolation", "InvalidInputValue", "InconsistentColumnData"]);

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

/** A migration-aware adapter factory for one SQLite file; the shadow database is in memory (the adapter's default). */
export function createMigrationAdapter(dbFile: string): MigrationAdapter {
  const base = new PrismaBetterSqlite3({ url: `file:${dbFile}` });
  const opened: SqlDriverAdapter[] = [];
  let lastFailure: FailedStatement | undefined;
  const record = (failure: FailedStatement) => {
    lastFailure = failure;
  };
  const track = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    opened.push(adapter);
    return withReadableErrors(adapter, record);
  };
  const factory = bindMigrationAwareSqlAdapterFactory({
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => track(await base.connect()),
    connectToShadowDb: async () => withScriptsThroughExec(track(await base.connectToShadowDb())),
  });
  return {
    factory,
    lastFailure: () => lastFailure,
    close: async () => {
      // Closing twice is harmless: the engine already disposed the shadow connections it was done with.
      for (const adapter of opened.splice(0)) await adapter.dispose();
    },
  };
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
