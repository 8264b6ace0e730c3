// prisma/migrations builds, on a fresh SQLite file, exactly the database prisma/schema.prisma describes,
// recorded in _prisma_migrations as `prisma migrate deploy` records it.
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyMigrations, createMigration, diffSchemaAgainstDatabase } from "@/lib/db/migrate";
import { describeEngineError } from "@/lib/db/migrate-errors";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const SCHEMA = path.resolve("prisma/schema.prisma");

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: string | null;
  rolled_back_at: string | null;
  logs: string | null;
  applied_steps_count: number | bigint;
}

let tmp: string;
let dbFile: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "paperboard-migrations-"));
  dbFile = path.join(tmp, "data", "test.db"); // "data/" does not exist yet: applyMigrations creates it
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function listMigrationFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

function readMigrationRows(file: string): MigrationRow[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT * FROM _prisma_migrations ORDER BY migration_name").all() as MigrationRow[];
  } finally {
    db.close();
  }
}

/** A copy of schema.prisma with one more Paper field, as if someone edited it without a migration. */
async function writeEditedSchema(): Promise<string> {
  const schema = await readFile(SCHEMA, "utf8");
  const edited = schema.replace(/^model Paper \{$/m, "model Paper {\n  probeNote String?");
  expect(edited).not.toBe(schema);
  const file = path.join(tmp, "edited", "schema.prisma");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, edited);
  return file;
}

describe("prisma/migrations", () => {
  it("applies every migration to a fresh file and records each as prisma migrate deploy does", async () => {
    const folders = await listMigrationFolders(MIGRATIONS_DIR);
    expect(folders.length).toBeGreaterThan(0);

    expect(await applyMigrations(dbFile)).toEqual({ applied: folders });

    const rows = readMigrationRows(dbFile);
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    for (const row of rows) {
      // Prisma's checksum is the SHA-256 of the migration.sql bytes, hex-encoded.
      const script = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(script).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
    }
  });

  it("applies nothing the second time", async () => {
    const before = readMigrationRows(dbFile);
    expect(await applyMigrations(dbFile)).toEqual({ applied: [] });
    expect(readMigrationRows(dbFile)).toEqual(before);
  });

  it("checks an up-to-date database without locking out the app's open WAL connection", async () => {
    const app = new Database(dbFile);
    try {
      app.pragma("journal_mode = WAL");
      app.prepare("SELECT COUNT(*) FROM _prisma_migrations").get();
      // The engine would take an exclusive lock here and fail with SQLITE_BUSY after the 5 s busy timeout.
      const started = performance.now();
      expect(await applyMigrations(dbFile)).toEqual({ applied: [] });
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      app.close();
    }
  });

  it("leaves a database that matches schema.prisma (edit the schema: add a migration)", async () => {
    expect(await diffSchemaAgainstDatabase(dbFile)).toBeNull();
  });

  it("would notice a schema edit that has no migration", async () => {
    const diff = await diffSchemaAgainstDatabase(dbFile, { schemaPath: await writeEditedSchema() });
    expect(diff).toContain('ALTER TABLE "Paper" ADD COLUMN "probeNote" TEXT');
  });

  it("serves the generated Prisma client", async () => {
    const prisma = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${dbFile}` }) });
    try {
      await prisma.paper.create({
        data: {
          id: "2403_12345",
          slug: "a-test-paper",
          arxivId: "2403.12345",
          title: "A Test Paper",
          abstract: "Checks the migrated schema end to end.",
          digestDate: "2024-03-19",
          rank: 1,
          source: "test",
        },
      });
      const paper = await prisma.paper.findUnique({ where: { slug: "a-test-paper" } });
      expect(paper).toMatchObject({ id: "2403_12345", title: "A Test Paper", rank: 1 });
      expect(paper?.createdAt).toBeInstanceOf(Date);
    } finally {
      await prisma.$disconnect();
    }
  });
});

describe("data carried by migrations", () => {
  it("email_follows keeps every active subscriber on the trending digest; follows_frequency keeps their frequency", async () => {
    const all = await listMigrationFolders(MIGRATIONS_DIR);
    const cut = all.findIndex((name) => name.endsWith("_email_follows"));
    expect(cut).toBeGreaterThan(0);
    const migrationsDir = path.join(tmp, "history-before-email-follows");
    for (const name of all.slice(0, cut))
      await cp(path.join(MIGRATIONS_DIR, name), path.join(migrationsDir, name), { recursive: true });
    const file = path.join(tmp, "carried", "carried.db");
    await applyMigrations(file, { migrationsDir });
    const db = new Database(file);
    const insert = db.prepare(
      'INSERT INTO "EmailSubscriber" ("id", "email", "frequency", "status") VALUES (?, ?, ?, ?)',
    );
    insert.run("s-active", "active@example.org", "weekly", "active");
    insert.run("s-pending", "pending@example.org", "daily", "pending");
    insert.run("s-gone", "gone@example.org", "daily", "unsubscribed");
    db.close();
    for (const name of all.slice(cut))
      await cp(path.join(MIGRATIONS_DIR, name), path.join(migrationsDir, name), { recursive: true });
    expect((await applyMigrations(file, { migrationsDir })).applied).toEqual(all.slice(cut));
    const after = new Database(file, { readonly: true });
    const rows = after
      .prepare(
        'SELECT "id", "frequency", "followsFrequency", "trending", "follows", "userId" FROM "EmailSubscriber" ORDER BY "id"',
      )
      .all();
    after.close();
    expect(rows).toEqual([
      { id: "s-active", frequency: "weekly", followsFrequency: "weekly", trending: 1, follows: 0, userId: null },
      { id: "s-gone", frequency: "daily", followsFrequency: "daily", trending: 0, follows: 0, userId: null },
      { id: "s-pending", frequency: "daily", followsFrequency: "daily", trending: 0, follows: 0, userId: null },
    ]);
  });
});

describe("createMigration", () => {
  it("replays the history on a shadow database and writes only the change", async () => {
    const migrationsDir = path.join(tmp, "migrations");
    await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
    const schemaPath = await writeEditedSchema();
    const devDb = path.join(tmp, "dev", "dev.db");
    const options = { migrationsDir, schemaPath };

    const folder = await createMigration(devDb, "add probe note", options);
    expect(folder).not.toBeNull();
    const name = path.basename(folder ?? "");
    expect(name).toMatch(/^\d{14}_add_probe_note$/);
    const sql = await readFile(path.join(folder ?? "", "migration.sql"), "utf8");
    expect(sql).toContain('ALTER TABLE "Paper" ADD COLUMN "probeNote" TEXT');
    expect(sql).not.toContain("CREATE TABLE");

    expect(await applyMigrations(devDb, options)).toEqual({ applied: [name] });
    expect(await diffSchemaAgainstDatabase(devDb, options)).toBeNull();
    expect(await createMigration(devDb, "again", options)).toBeNull();
  });

  it("names the migration that fails, with SQLite's reason", async () => {
    const migrationsDir = path.join(tmp, "broken-migrations");
    await mkdir(path.join(migrationsDir, "20200101000000_broken"), { recursive: true });
    await writeFile(
      path.join(migrationsDir, "20200101000000_broken", "migration.sql"),
      'CREATE TABLE "A" ("id" INTEGER);\nINSERT INTO "Missing" VALUES (1);\n',
    );
    await expect(applyMigrations(path.join(tmp, "broken.db"), { migrationsDir })).rejects.toThrow(
      /failed in migration 20200101000000_broken: .*no such table: Missing/,
    );
  });
});

describe("describeEngineError", () => {
  it("replaces the engine's error ids with the adapter's errors and drops the trace", () => {
    const registry = {
      consumeError: (id: number) => (id === 3 ? { error: new Error("database is locked") } : undefined),
    };
    const engineError = new Error(
      'Migration failed.\nExternal error id#3\n   0: apply_script\n      with migration_name="m1"',
    );
    expect(describeEngineError(engineError, registry)).toBe("Migration failed.\ndatabase is locked");
  });
});
