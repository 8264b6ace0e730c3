// Prepares the database before use: applies pending Prisma migrations; a SQLite file is also created
// readable by its owner only and put in WAL mode so the web server keeps reading while an ingest writes.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { applyMigrations } from "./migrate";
import { providerOf } from "./provider";

/** The database file and the files SQLite keeps beside it (write-ahead log, its index, a rollback journal). */
export function databaseFiles(dbFile: string): string[] {
  return [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, `${dbFile}-journal`];
}

/**
 * SQLite gives the -wal and -shm files the mode of the database file, so creating that file 0600
 * (before SQLite creates it 0644) keeps all of them private; an existing install is tightened here.
 */
export function makeDatabasePrivate(dbFile: string): void {
  mkdirSync(path.dirname(dbFile), { recursive: true, mode: 0o700 });
  writeFileSync(dbFile, "", { flag: "a", mode: 0o600 });
  for (const file of databaseFiles(dbFile)) if (existsSync(file)) chmodSync(file, 0o600);
}

/** `database`: a SQLite file or a postgresql:// URL. */
export async function prepareDatabase(database: string): Promise<{ applied: string[] }> {
  if (providerOf(database) === "postgresql") return applyMigrations(database);
  const dbFile = database;
  makeDatabasePrivate(dbFile);
  const result = await applyMigrations(dbFile);
  const sqlite = new Database(dbFile);
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
  return result;
}
