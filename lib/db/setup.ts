// Prepares the SQLite file before use: applies pending Prisma migrations and turns on WAL so the
// web server keeps reading while an ingest writes.
import Database from "better-sqlite3";
import { applyMigrations } from "./migrate";

export async function prepareDatabase(dbFile: string): Promise<{ applied: string[] }> {
  const result = await applyMigrations(dbFile);
  const sqlite = new Database(dbFile);
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
  return result;
}
