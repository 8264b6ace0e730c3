// prisma/postgres/ (schema and migrations) agrees with prisma/schema.prisma, replayed on a real PostgreSQL;
// and a schema change with its SQLite migration is caught by the check, then derived into a migration.
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPostgresHistory, derivePostgresHistory, historyPaths } from "@/lib/db/postgres-history";
import { startTestPostgres, type TestPostgres } from "@/tests/setup/postgres";

let cluster: TestPostgres;
let server: string;
let tmp: string;

beforeAll(async () => {
  cluster = await startTestPostgres();
  server = cluster.urlFor("postgres");
  tmp = await mkdtemp(path.join(os.tmpdir(), "paperboard-pg-history-"));
});

afterAll(async () => {
  await cluster?.stop();
  await rm(tmp, { recursive: true, force: true });
});

describe("the PostgreSQL history", () => {
  it("agrees with prisma/schema.prisma (what `npm run db:postgres:check` checks)", async () => {
    expect(await checkPostgresHistory(historyPaths(process.cwd()), server)).toEqual([]);
  });

  it("catches a schema change and derives its migration, named after the SQLite one", async () => {
    await cp("prisma", path.join(tmp, "prisma"), { recursive: true });
    const paths = historyPaths(tmp);
    const migrationsOf = async () =>
      (await readdir(paths.postgresMigrations)).filter((f) => f !== "migration_lock.toml");
    const before = (await migrationsOf()).length;
    const schema = await readFile(paths.sqliteSchema, "utf8");
    await writeFile(
      paths.sqliteSchema,
      `${schema}\nmodel Gadget {\n  id   Int    @id @default(autoincrement())\n  name String @unique\n}\n`,
    );
    const problems = await checkPostgresHistory(paths, server);
    expect(problems.join("\n")).toMatch(/not derived from the current prisma\/schema\.prisma/);

    // Without a SQLite migration for the change, derivation refuses (the histories stay in step).
    await expect(derivePostgresHistory(paths, server)).rejects.toThrow(/has no SQLite migration/);
    await mkdir(path.join(paths.sqliteMigrations, "29991231000000_gadgets"));
    await writeFile(path.join(paths.sqliteMigrations, "29991231000000_gadgets", "migration.sql"), "-- (SQLite side)\n");

    const folder = await derivePostgresHistory(paths, server);
    expect(path.basename(folder ?? "")).toBe("29991231000000_gadgets");
    const sql = await readFile(path.join(folder ?? "", "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Gadget"');
    expect(sql).not.toContain('CREATE TABLE "Paper"');
    expect(await checkPostgresHistory(paths, server)).toEqual([]);

    // Re-running changes nothing.
    expect(await derivePostgresHistory(paths, server)).toBeNull();
    expect(await migrationsOf()).toHaveLength(before + 1);
  });
});
