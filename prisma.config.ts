// Prisma CLI configuration (Prisma 7 reads the schema location and datasource from here).
// The native schema engine cannot be downloaded on our machines; the placeholder lets
// `prisma generate | validate | format` run. Migrations go through lib/db/migrate (WASM engine).
import path from "node:path";
import { defineConfig } from "prisma/config";

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(process.cwd(), "prisma", "schema-engine-placeholder.cjs");

const dataDir = process.env.DATA_DIR ?? ".data";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? `file:${path.resolve(dataDir, "paperboard.db")}` },
});
