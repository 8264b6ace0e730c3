// CLI: npm run restore -- <backup dir> [--data-dir D] [--force]
// Verifies the backup, then restores its database and secrets into DATA_DIR (or D); the next
// `npm start` rebuilds the search index from the database.
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { readMigrationList } from "@/lib/db/migrate-files";
import { getEnv } from "@/lib/env";

const USAGE = "usage: npm run restore -- <backup dir> [--data-dir D] [--force]";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { "data-dir": { type: "string" }, force: { type: "boolean" } },
  });
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  // --data-dir is a whole DATA_DIR: its own database file too, whatever DATABASE_FILE says.
  if (values["data-dir"]) {
    process.env.DATA_DIR = values["data-dir"];
    delete process.env.DATABASE_FILE;
  }
  const env = getEnv();
  const { migrationDirectories } = await readMigrationList(path.resolve("prisma/migrations"));
  const { manifest, pendingPapers } = await restoreBackup(path.resolve(positionals[0]!), env, {
    force: values.force ?? false,
    knownMigrations: migrationDirectories.map((d) => d.path),
  });
  const rows = (table: string) => manifest.tables[table] ?? 0;
  console.log(`Restored the backup of ${manifest.createdAt} (Paperboard ${manifest.appVersion}) into ${env.DATA_DIR}:`);
  console.log(
    `  ${rows("Paper")} papers, ${rows("User")} users, ${rows("Bookmark")} bookmarks, ${rows("Collection")} collections, ${rows("Follow")} follows; checksums and row counts verified`,
  );
  console.log(
    `  secrets: ${manifest.secrets.map((s) => s.path).join(", ") || "none (they come from the environment)"}`,
  );
  console.log(`  ${pendingPapers} papers pending for the search index: the next start indexes them`);
  console.log(`Start it: DATA_DIR=${env.DATA_DIR} npm start`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`restore: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
