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
