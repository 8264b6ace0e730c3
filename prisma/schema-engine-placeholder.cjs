#!/usr/bin/env node
// Stands in for Prisma's native schema engine, which cannot be downloaded on machines without
// internet. It answers `--version` so `prisma generate | validate | format` run; everything
// else fails loudly. Migrations run through the WASM engine: `npm run db:migrate`.
if (process.argv.includes("--version")) {
  console.log("schema-engine-cli placeholder (use `npm run db:migrate`)");
  process.exit(0);
}
console.error(
  "Prisma's native schema engine is not installed here. Use `npm run db:migrate` (WASM engine), " +
    "or set PRISMA_SCHEMA_ENGINE_BINARY to a real engine to use `prisma migrate`.",
);
process.exit(1);
