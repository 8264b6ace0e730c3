// Moves a SQLite deployment to PostgreSQL: every table (users, sessions, accounts, library, follows,
// subscriptions, papers and whatever later migrations add), parents before children, in batches, in one
// PostgreSQL transaction that commits only when every table's count matches. Not `server-only`: a CLI.
import Database from "better-sqlite3";
import pg from "pg";
import { AppError } from "@/lib/errors";
import { orderByDependencies } from "./copy-order";
import { prepareDatabase } from "./setup";

export type CopyResult = { tables: { name: string; rows: number }[] };

// PostgreSQL allows 65,535 parameters per statement; a batch stays well below.
const MAX_PARAMS = 10_000;
const MIGRATIONS_TABLE = "_prisma_migrations";

type ColumnKind = "boolean" | "timestamp" | "other";

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** SQLite keeps booleans as 0/1 and may keep a DateTime as epoch milliseconds; PostgreSQL wants its own. */
function toPostgres(value: unknown, kind: ColumnKind): unknown {
  if (value === null) return null;
  if (kind === "boolean") return value === 1 || value === true || value === "1" || value === "true";
  if (kind === "timestamp" && typeof value === "number") return new Date(value).toISOString();
  return value;
}

export async function copySqliteToPostgres(
  sqliteFile: string,
  postgresUrl: string,
  batchRows = 1_000,
): Promise<CopyResult> {
  const source = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  // The PostgreSQL schema at the head of its history (derived from the same schema.prisma).
  await prepareDatabase(postgresUrl);
  const target = new pg.Client({ connectionString: postgresUrl });
  await target.connect();
  try {
    const tables = source
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ?`)
      .pluck()
      .all(MIGRATIONS_TABLE) as string[];
    const columnsOf = await readTargetColumns(target);
    const missing = tables.filter((t) => !columnsOf.has(t));
    if (missing.length > 0)
      throw new AppError(
        "BAD_REQUEST",
        `PostgreSQL has no table ${missing.join(", ")}: is ${sqliteFile} newer than this checkout's migrations?`,
      );
    const unfilled = [...columnsOf.keys()].filter((t) => !tables.includes(t));
    if (unfilled.length > 0)
      throw new AppError(
        "BAD_REQUEST",
        `${sqliteFile} has no table ${unfilled.join(", ")}: migrate it first (npm run db:migrate with DATABASE_FILE set to it)`,
      );

    await target.query("BEGIN");
    const nonEmpty: string[] = [];
    for (const table of tables) if ((await countRows(target, table)) > 0) nonEmpty.push(table);
    if (nonEmpty.length > 0)
      throw new AppError(
        "BAD_REQUEST",
        `The target database is not empty (${nonEmpty.join(", ")} have rows): copy into a new, empty database`,
      );

    const dependencies = new Map(
      tables.map((t) => [
        t,
        (source.prepare(`PRAGMA foreign_key_list(${quote(t)})`).all() as { table: string }[]).map((fk) => fk.table),
      ]),
    );
    const result: CopyResult = { tables: [] };
    for (const table of orderByDependencies(dependencies)) {
      const kinds = columnsOf.get(table) ?? new Map<string, ColumnKind>();
      const expected = Number(
        source
          .prepare(`SELECT COUNT(*) FROM ${quote(table)}`)
          .pluck()
          .get(),
      );
      await copyTable(source, target, table, kinds, batchRows);
      const copied = await countRows(target, table);
      if (copied !== expected)
        throw new AppError("INTERNAL", `${table}: ${expected} rows in SQLite, ${copied} copied; nothing was committed`);
      result.tables.push({ name: table, rows: copied });
    }
    await resetSequences(target);
    await target.query("COMMIT");
    return result;
  } catch (error) {
    await target.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    source.close();
    await target.end();
  }
}

async function copyTable(
  source: Database.Database,
  target: pg.Client,
  table: string,
  kinds: Map<string, ColumnKind>,
  batchRows: number,
): Promise<void> {
  const statement = source.prepare(`SELECT * FROM ${quote(table)}`);
  const columns = statement.columns().map((c) => c.name);
  const perStatement = Math.max(1, Math.min(batchRows, Math.floor(MAX_PARAMS / columns.length)));
  const insert = async (rows: Record<string, unknown>[]) => {
    const values: unknown[] = [];
    const tuples = rows.map((row) => {
      const placeholders = columns.map((c) => {
        values.push(toPostgres(row[c], kinds.get(c) ?? "other"));
        return `$${values.length}`;
      });
      return `(${placeholders.join(", ")})`;
    });
    await target.query(
      `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES ${tuples.join(", ")}`,
      values,
    );
  };
  let batch: Record<string, unknown>[] = [];
  for (const row of statement.iterate() as IterableIterator<Record<string, unknown>>) {
    batch.push(row);
    if (batch.length === perStatement) {
      await insert(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await insert(batch);
}

async function readTargetColumns(target: pg.Client): Promise<Map<string, Map<string, ColumnKind>>> {
  const { rows } = await target.query<{ table_name: string; column_name: string; data_type: string }>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> $1`,
    [MIGRATIONS_TABLE],
  );
  const tables = new Map<string, Map<string, ColumnKind>>();
  for (const r of rows) {
    const kind: ColumnKind =
      r.data_type === "boolean" ? "boolean" : r.data_type.startsWith("timestamp") ? "timestamp" : "other";
    const columns = tables.get(r.table_name) ?? new Map<string, ColumnKind>();
    tables.set(r.table_name, columns.set(r.column_name, kind));
  }
  return tables;
}

async function countRows(target: pg.Client, table: string): Promise<number> {
  const { rows } = await target.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${quote(table)}`);
  return Number(rows[0]?.n ?? 0);
}

/** Autoincrement ids were copied as they were: each sequence moves past the highest, or the next insert
 *  would collide with a copied row. */
async function resetSequences(target: pg.Client): Promise<void> {
  const { rows } = await target.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const { table_name: table, column_name: column } of rows) {
    await target.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`,
      [quote(table), column],
    );
  }
}
