// Multi-row SQL through Prisma's raw statements: what bulk writes use, because Prisma's createMany over
// the driver adapter is slow and memory-hungry at these sizes (measured: ~1.8 s per 500 papers; similar
// papers: a 10k-paper refresh ran out of the ingest's 192 MB heap). Statements are built with Prisma.sql,
// so each database gets its own placeholders (`?` on SQLite, `$1` on PostgreSQL).
import "server-only";
import type { Db } from "./client";
import { Prisma } from "./generated/client";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type Value = string | number | boolean | null | Uint8Array;

// SQLite (3.32+) allows 32,766 bound parameters per statement and PostgreSQL 65,535; stay well below.
const MAX_PARAMS = 10_000;

const quoted = (name: string) => Prisma.raw(`"${name}"`);

/** INSERT INTO table (columns) VALUES …, in statements of at most MAX_PARAMS values. `onConflict`: a
 *  clause both databases read alike ("ON CONFLICT DO NOTHING", "ON CONFLICT(id) DO UPDATE SET …"). */
export async function insertRows(
  tx: Tx,
  table: string,
  columns: string[],
  rows: Value[][],
  onConflict = "",
): Promise<void> {
  const perStatement = Math.floor(MAX_PARAMS / columns.length);
  const cols = Prisma.join(columns.map(quoted));
  for (let i = 0; i < rows.length; i += perStatement) {
    const tuples = rows.slice(i, i + perStatement).map((row) => Prisma.sql`(${Prisma.join(row)})`);
    await tx.$executeRaw`INSERT INTO ${quoted(table)} (${cols}) VALUES ${Prisma.join(tuples)} ${Prisma.raw(onConflict)}`;
  }
}

export async function deleteWhereIn(tx: Tx, table: string, column: string, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += MAX_PARAMS) {
    const chunk = ids.slice(i, i + MAX_PARAMS);
    await tx.$executeRaw`DELETE FROM ${quoted(table)} WHERE ${quoted(column)} IN (${Prisma.join(chunk)})`;
  }
}
