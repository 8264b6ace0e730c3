// `npm run db:migrate` applies pending migrations; `npm run db:migration:create -- <name>` writes the next
// migration from prisma/schema.prisma (not applied: review it, then db:migrate or start the app).
import path from "node:path";
import { createMigration } from "@/lib/db/migrate";
import { prepareDatabase } from "@/lib/db/setup";
import { getEnv } from "@/lib/env";

const USAGE = "usage: db-migrate.ts [--create [name]]";

async function main(args: string[]): Promise<void> {
  const dbFile = getEnv().DATABASE_FILE;
  const createAt = args.indexOf("--create");
  const unknown = args.filter((arg, i) => arg !== "--create" && !(createAt >= 0 && i === createAt + 1));
  if (unknown.length > 0 || args.filter((arg) => arg === "--create").length > 1) throw new UsageError(USAGE);

  if (createAt >= 0) {
    const name = args[createAt + 1] ?? "change";
    const folder = await createMigration(dbFile, name);
    console.log(
      folder === null
        ? "No schema changes: prisma/schema.prisma matches the migrations. Nothing created."
        : `Created ${path.relative(process.cwd(), path.join(folder, "migration.sql"))} (review it; \`npm run db:migrate\` applies it).`,
    );
    return;
  }

  const { applied } = await prepareDatabase(dbFile);
  if (applied.length === 0) console.log(`${dbFile} is up to date.`);
  else console.log(`Applied ${applied.length} migration(s) to ${dbFile}:\n${applied.map((name) => `  ${name}`).join("\n")}`);
}

class UsageError extends Error {
  override name = "UsageError";
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`db-migrate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
});
