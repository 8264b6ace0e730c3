// `npm run db:postgres:derive` regenerates prisma/postgres/ (schema + migrations) from prisma/schema.prisma
// and its PostgreSQL client; `npm run db:postgres:check` fails when they disagree. Both start a throwaway
// PostgreSQL unless given `-- --server postgresql://…` (any database there; a shadow one is created).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { checkPostgresHistory, derivePostgresHistory, historyPaths } from "@/lib/db/postgres-history";
import { startThrowawayPostgres } from "./postgres/throwaway-cluster";

const USAGE = "usage: db-postgres.ts derive | check [--server postgresql://…]";

/** The schema engine diffs on a live server even between two schema texts: the one given, or a throwaway
 *  cluster on this machine (PostgreSQL's server binaries, as tests use). */
async function withServer<T>(given: string | undefined, run: (url: string) => Promise<T>): Promise<T> {
  if (given !== undefined) return run(given);
  const cluster = await startThrowawayPostgres();
  try {
    return await run(cluster.urlFor("postgres"));
  } finally {
    await cluster.stop();
  }
}

async function main(args: string[]): Promise<void> {
  const paths = historyPaths(process.cwd());
  const [command, flag, server, ...rest] = args;
  const serverGiven = flag === "--server" && server !== undefined && rest.length === 0;
  if (flag !== undefined && !serverGiven) throw new UsageError(USAGE);
  if (command === "derive") {
    const folder = await withServer(server, (url) => derivePostgresHistory(paths, url));
    console.log(
      folder === null
        ? "prisma/postgres/ is up to date."
        : `Wrote ${path.relative(process.cwd(), folder)}/migration.sql`,
    );
    const prisma = createRequire(import.meta.url).resolve("prisma/build/index.js");
    execFileSync(process.execPath, [prisma, "generate", "--schema", paths.postgresSchema], { stdio: "inherit" });
    return;
  }
  if (command !== "check") throw new UsageError(USAGE);
  const problems = await withServer(server, (url) => checkPostgresHistory(paths, url));
  if (problems.length > 0) {
    console.error(
      `${problems.map((p) => `- ${p}`).join("\n")}\nRun \`npm run db:postgres:derive\` and commit prisma/postgres/.`,
    );
    process.exitCode = 1;
    return;
  }
  console.log("prisma/postgres/ agrees with prisma/schema.prisma (its history replayed on PostgreSQL).");
}

class UsageError extends Error {
  override name = "UsageError";
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`db-postgres: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
