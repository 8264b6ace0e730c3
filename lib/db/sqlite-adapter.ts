// The better-sqlite3 driver adapter as the app runs it beside an ingest in another process: every
// transaction takes the write lock at BEGIN IMMEDIATE, and a locked database is waited for with
// asynchronous retries (busy-retry.ts) instead of SQLite's busy handler, which would hold the event loop.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";
import { retryWhileBusy, SYNC_BUSY_WAIT_MS } from "./busy-retry";

const statement = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });

/**
 * A deferred BEGIN (the adapter's, with no option to change it) reads first and upgrades to a writer on
 * its first write; when another process committed in between, that upgrade fails at once with
 * SQLITE_BUSY_SNAPSHOT, whatever the busy timeout (https://www.sqlite.org/lang_transaction.html). So the
 * transaction is opened here instead, on the adapter's own connection: BEGIN IMMEDIATE, retried while
 * busy. (The adapter's startTransaction also keeps its lock forever when its BEGIN fails, so it cannot
 * simply be handed an IMMEDIATE one.)
 */
export function createSqliteAdapter(
  dbFile: string,
  options: { syncBusyWaitMs?: number } = {},
): SqlDriverAdapterFactory {
  const base = new PrismaBetterSqlite3({ url: `file:${dbFile}`, timeout: options.syncBusyWaitMs ?? SYNC_BUSY_WAIT_MS });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => {
      const adapter = withImmediateTransactions(await base.connect());
      // WAL's recommended durability: a commit no longer waits for fsync (a synchronous call on the event
      // loop: 1–4 ms a vote here, 8–16 ms at p99, more on a busy disk); checkpoints still sync, and a
      // crash of the app loses nothing committed (https://www.sqlite.org/pragma.html#pragma_synchronous).
      await adapter.executeScript("PRAGMA synchronous = NORMAL");
      return adapter;
    },
  };
}

function withImmediateTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const { queryRaw, executeRaw, executeScript, startTransaction } = adapter;
  const run = {
    queryRaw: (query: SqlQuery) => queryRaw.call(adapter, query),
    executeRaw: (query: SqlQuery) => executeRaw.call(adapter, query),
  };
  const lock = createLock();
  // Outside a transaction a busy statement did nothing, so running it again is safe.
  adapter.queryRaw = (query) => retryWhileBusy(() => run.queryRaw(query));
  adapter.executeRaw = (query) => retryWhileBusy(() => run.executeRaw(query));
  adapter.executeScript = (script) => retryWhileBusy(() => executeScript.call(adapter, script));
  adapter.startTransaction = async (isolationLevel) => {
    // SQLite transactions are serializable; let the adapter refuse any other level as it does.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return startTransaction.call(adapter, isolationLevel);
    const release = await lock();
    try {
      await retryWhileBusy(() => run.executeRaw(statement("BEGIN IMMEDIATE")));
    } catch (error) {
      release();
      throw error;
    }
    return openTransaction(adapter, run, release);
  };
  return adapter;
}

/** Prisma sends COMMIT and ROLLBACK itself (usePhantomQuery: false); commit() and rollback() only free
 *  the connection for the next transaction, exactly as the adapter's own transaction does. */
function openTransaction(
  adapter: SqlDriverAdapter,
  run: Pick<Transaction, "queryRaw" | "executeRaw">,
  release: () => void,
): Transaction {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    options: { usePhantomQuery: false },
    queryRaw: run.queryRaw,
    executeRaw: run.executeRaw,
    commit: async () => release(),
    rollback: async () => release(),
    createSavepoint: async (name) => void (await run.executeRaw(statement(`SAVEPOINT ${name}`))),
    rollbackToSavepoint: async (name) => void (await run.executeRaw(statement(`ROLLBACK TO ${name}`))),
    releaseSavepoint: async (name) => void (await run.executeRaw(statement(`RELEASE SAVEPOINT ${name}`))),
  };
}

/** One transaction at a time on the one connection, in arrival order; resolves to its release. */
function createLock(): () => Promise<() => void> {
  let tail: Promise<void> = Promise.resolve();
  return () => {
    let release!: () => void;
    const freed = new Promise<void>((resolve) => (release = resolve));
    const turn = tail.then(() => release);
    tail = tail.then(() => freed);
    return turn;
  };
}
