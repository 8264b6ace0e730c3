// `npm run db:migrate` applies pending migrations; `npm run db:migration:create -- <name>` writes the next
// migration from prisma/schema.prisma (not applied: review it, then db:migrate or start the app).
import path from "node:path";
import { createMigration } from "@/lib/db/migrate";
import { providerOf, redactDatabase } from "@/lib/db/provider";
import { prepareDatabase } from "@/lib/db/setup";
import { getEnv } from "@/lib/env";

const USAGE = "usage: db-migrate.ts [--create [name]]";

async function main(args: string[]): Promise<void> {
  const database = getEnv().DATABASE;
  const createAt = args.indexOf("--create");
  const unknown = args.filter((arg, i) => arg !== "--create" && !(createAt >= 0 && i === createAt + 1));
  if (unknown.length > 0 || args.filter((arg) => arg === "--create").length > 1) throw new UsageError(USAGE);

  if (createAt >= 0) {
    // Migrations are written for SQLite; PostgreSQL's are derived from the schema (npm run db:postgres:derive).
    if (providerOf(database) === "postgresql")
      throw new UsageError("--create works on the SQLite file: unset DATABASE_URL");
    const name = args[createAt + 1] ?? "change";
    const folder = await createMigration(database, name);
    console.log(
      folder === null
        ? "No schema changes: prisma/schema.prisma matches the migrations. Nothing created."
        : `Created ${path.relative(process.cwd(), path.join(folder, "migration.sql"))} (review it; \`npm run db:migrate\` applies it).`,
    );
    return;
  }

  const { applied } = await prepareDatabase(database);
  const where = redactDatabase(database);
  if (applied.length === 0) console.log(`${where} is up to date.`);
  else
    console.log(
      `Applied ${applied.length} migration(s) to ${where}:\n${applied.map((name) => `  ${name}`).join("\n")}`,
    );
}

class UsageError extends Error {
  override name = "UsageError";
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`db-migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
