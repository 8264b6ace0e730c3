// A fresh, migrated SQLite file per test file (real Prisma migrations, real better-sqlite3).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/setup";

export type TestDb = { db: Db; file: string; dispose: () => Promise<void> };

export async function createTestDb(): Promise<TestDb> {
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

/**
 * Points the app's getDb() (lib/db/client.ts) at this test database, for testing named queries
 * that use the process-wide client.
 */
export async function useAsAppDb(t: TestDb): Promise<void> {
  const { resetEnvCache } = await import("@/lib/env");
  process.env.DATABASE_FILE = t.file;
  resetEnvCache();
  (globalThis as { paperboardPrisma?: Db }).paperboardPrisma = t.db;
}

/** A user row as better-auth would create it (for query tests that need an owner). */
export async function createTestUser(db: Db, name: string): Promise<string> {
  const user = await db.user.create({ data: { id: `user-${name}`, name, email: `${name}@example.test` } });
  return user.id;
}
