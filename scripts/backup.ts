// CLI: npm run backup -- <dir>   (an online backup of $DATA_DIR's database and secrets, with a manifest)
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackup } from "@/lib/backup/create-backup";
import { getEnv } from "@/lib/env";

const USAGE = "usage: npm run backup -- <new or empty directory>";

async function main(): Promise<number> {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const outDir = path.resolve(positionals[0]!);
  const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  const env = getEnv();
  const started = performance.now();
  const manifest = await createBackup(env, outDir, version);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const rows = (table: string) => manifest.tables[table] ?? 0;
  console.log(
    `Backed up ${env.DATABASE_FILE} to ${outDir} in ${seconds} s (${(manifest.database.bytes / 1048576).toFixed(1)} MiB):`,
  );
  console.log(
    `  ${rows("Paper")} papers, ${rows("User")} users, ${rows("Bookmark")} bookmarks, ${rows("Collection")} collections, ${rows("Follow")} follows`,
  );
  console.log(`  secrets: ${manifest.secrets.map((s) => s.path).join(", ") || "none in DATA_DIR"}`);
  for (const note of manifest.notIncluded) console.log(`  not included: ${note}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`backup: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
