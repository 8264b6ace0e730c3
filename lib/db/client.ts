// The one Prisma client, over better-sqlite3 through Prisma 7's driver adapter.
import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { getEnv } from "@/lib/env";
import { PrismaClient } from "./generated/client";

const globalForPrisma = globalThis as unknown as { paperboardPrisma?: PrismaClient };

/** Creates a client for one SQLite file (scripts and tests that manage their own). */
export function createPrismaClient(dbFile: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${dbFile}` }) });
}

/** The process-wide client for $DATABASE_FILE (kept across hot reloads in dev). */
export function getDb(): PrismaClient {
  globalForPrisma.paperboardPrisma ??= createPrismaClient(getEnv().DATABASE_FILE);
  return globalForPrisma.paperboardPrisma;
}

export type Db = PrismaClient;
