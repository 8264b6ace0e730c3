// The one Prisma client: over better-sqlite3 through Prisma 7's driver adapter (sqlite-adapter.ts: write
// transactions that do not fail beside a concurrent writer, and waits that do not hold the event loop),
// or over PostgreSQL when the location is a postgresql:// URL (postgres-client.ts).
import "server-only";
import { getEnv } from "@/lib/env";
import { BUSY_DEADLINE_MS } from "./busy-retry";
import { PrismaClient } from "./generated/client";
import { createPostgresClient } from "./postgres-client";
import { providerOf } from "./provider";
import { createSqliteAdapter } from "./sqlite-adapter";

const globalForPrisma = globalThis as unknown as { paperboardPrisma?: PrismaClient };

/** Creates a client for one SQLite file or PostgreSQL URL (scripts and tests that manage their own). */
export function createPrismaClient(database: string): PrismaClient {
  if (providerOf(database) === "postgresql") return createPostgresClient(database);
  const dbFile = database;
  // maxWait covers waiting for the write lock at BEGIN: Prisma's 2 s default would give up on a lock an
  // ingest batch holds for longer, before the adapter's own retries (BUSY_DEADLINE_MS) would.
  return new PrismaClient({
    adapter: createSqliteAdapter(dbFile),
    transactionOptions: { maxWait: BUSY_DEADLINE_MS + 1_000 },
  });
}

/** The process-wide client for $DATABASE_URL or $DATABASE_FILE (kept across hot reloads in dev). */
export function getDb(): PrismaClient {
  globalForPrisma.paperboardPrisma ??= createPrismaClient(getEnv().DATABASE);
  return globalForPrisma.paperboardPrisma;
}

export type Db = PrismaClient;
