// `npm run db:copy -- --to postgresql://…[--from file.db]`: copies a SQLite deployment (default: $DATABASE_FILE)
// into an empty PostgreSQL database, verifies the counts of every table, and commits only then. Stop the
// app first: rows written to SQLite during the copy would not be in it.
import { copySqliteToPostgres } from "@/lib/db/copy";
import { providerOf, redactDatabase } from "@/lib/db/provider";
import { getEnv } from "@/lib/env";

const USAGE = "usage: db-copy.ts --to postgresql://user:pass@host/db [--from /path/to/paperboard.db]";

function parseArgs(args: string[]): { to: string; from?: string } {
  const valueOf = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const to = valueOf("--to");
  const from = valueOf("--from");
  const known = args.every(
    (a, i) => a === "--to" || a === "--from" || args[i - 1] === "--to" || args[i - 1] === "--from",
  );
  if (!to || !known || providerOf(to) !== "postgresql" || (from !== undefined && providerOf(from) !== "sqlite"))
    throw new UsageError(USAGE);
  return { to, from };
}

async function main(): Promise<void> {
  const { to, from = getEnv().DATABASE_FILE } = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const { tables } = await copySqliteToPostgres(from, to);
  const total = tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Copied ${total} rows from ${from} to ${redactDatabase(to)} in ${((Date.now() - started) / 1000).toFixed(1)} s; counts verified:`,
  );
  for (const t of tables) console.log(`  ${t.name.padEnd(20)} ${t.rows}`);
  console.log("Start the app with DATABASE_URL set to it; a new Meilisearch is filled with `npm run search:reindex`.");
}

class UsageError extends Error {
  override name = "UsageError";
}

main().catch((error: unknown) => {
  console.error(`db-copy: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
