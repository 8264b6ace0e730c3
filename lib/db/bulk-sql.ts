// Multi-row SQL through Prisma's raw statements: what bulk writes use, because Prisma's createMany
// over the driver adapter is slow and memory-hungry at these sizes (~1.8 s per 500 papers;
// similar papers: a 10k-paper refresh ran out of the ingest's 192 MB heap).
import "server-only";
import type { Db } from "./client";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
export type Value = string | number | null;

// SQLite (3.32+) allows 32,766 bound parameters per statement; stay well below.
const MAX_PARAMS = 10_000;

export async function insertRows(tx: Tx, verb: string, table: string, columns: string[], rows: Value[][], suffix = ""): Promise<void> {
  const perStatement = Math.floor(MAX_PARAMS / columns.length);
  const cols = columns.map((c) => `"${c}"`).join(", ");
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await tx.$executeRawUnsafe(`${verb} "${table}" (${cols}) VALUES ${chunk.map(() => tuple).join(", ")} ${suffix}`, ...chunk.flat());
  }
}

export async function deleteWhereIn(tx: Tx, table: string, column: string, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += MAX_PARAMS) {
    const chunk = ids.slice(i, i + MAX_PARAMS);
    await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "${column}" IN (${chunk.map(() => "?").join(", ")})`, ...chunk);
  }
}
