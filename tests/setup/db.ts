// A fresh, migrated database per test file (real Prisma migrations): a SQLite file (real better-sqlite3),
// or, in the `postgres` test project (TEST_DATABASE=postgresql), a database on the run's PostgreSQL.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { providerOf } from "@/lib/db/provider";
import { prepareDatabase } from "@/lib/db/setup";

/** `file`: where the database is — a SQLite file, or a postgresql:// URL in the `postgres` project. */
export type TestDb = { db: Db; file: string; dispose: () => Promise<void> };

/** True in the `postgres` project: tests that reach past Prisma into SQLite itself can skip. */
export const onPostgres = process.env.TEST_DATABASE === "postgresql";

async function onServer(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createPostgresTestDb(): Promise<TestDb> {
  const server = inject("postgresServer");
  const name = `test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await onServer(server, `CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  await prepareDatabase(url.toString());
  const db = createPrismaClient(url.toString());
  return {
    db,
    file: url.toString(),
    dispose: async () => {
      await db.$disconnect();
      await onServer(server, `DROP DATABASE "${name}" WITH (FORCE)`);
    },
  };
}

export async function createTestDb(): Promise<TestDb> {
  if (onPostgres) return createPostgresTestDb();
  const dir = mkdtempSync(path.join(os.tmpdir(), "paperboard-db-"));
  const file = path.join(dir, "test.db");
  await prepareDatabase(file);
  const db = createPrismaClient(file);
  return {
    db,
    file,
    dispose: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The environment that points the app (or a CLI child) at this test database, on either provider. */
export function dbEnv(t: Pick<TestDb, "file">): Record<string, string> {
  return providerOf(t.file) === "postgresql" ? { DATABASE_URL: t.file } : { DATABASE_FILE: t.file };
}

/**
 * Points the app's getDb() (lib/db/client.ts) at this test database, for testing named queries
 * that use the process-wide client.
 */
export async function useAsAppDb(t: TestDb): Promise<void> {
  const { resetEnvCache } = await import("@/lib/env");
  Object.assign(process.env, dbEnv(t));
  resetEnvCache();
  (globalThis as { paperboardPrisma?: Db }).paperboardPrisma = t.db;
}

/** A user row as better-auth would create it (for query tests that need an owner). */
export async function createTestUser(db: Db, name: string): Promise<string> {
  const user = await db.user.create({ data: { id: `user-${name}`, name, email: `${name}@example.test` } });
  return user.id;
}
