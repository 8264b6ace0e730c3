// Derives the PostgreSQL schema from prisma/schema.prisma, the one source: the same models with the
// provider swapped and the client generated beside the SQLite one. Pure, so the check can compare texts.

export const POSTGRES_HEADER =
  "// Derived from prisma/schema.prisma by `npm run db:postgres:derive`: edit that file, then re-run it.\n\n";

/** Line by line (linear): the datasource's provider and the generator's output are the only differences. */
export function derivePostgresSchema(sqliteSchema: string): string {
  let block: string | null = null;
  let swappedProvider = false;
  let movedOutput = false;
  const lines = sqliteSchema.split("\n").map((line) => {
    const opened = /^\s*(datasource|generator)\s+\w+\s*\{/.exec(line);
    if (opened) block = opened[1] ?? null;
    else if (/^\s*\}/.test(line)) block = null;
    if (block === "datasource" && /^\s*provider\s*=\s*"sqlite"\s*$/.test(line)) {
      swappedProvider = true;
      return line.replace('"sqlite"', '"postgresql"');
    }
    if (block === "generator" && /^\s*output\s*=\s*"\.\.\/lib\/db\/generated"\s*$/.test(line)) {
      movedOutput = true;
      // The derived schema sits one folder deeper (prisma/postgres/).
      return line.replace('"../lib/db/generated"', '"../../lib/db/generated-pg"');
    }
    return line;
  });
  if (!swappedProvider) throw new Error('prisma/schema.prisma: no `provider = "sqlite"` in its datasource block');
  if (!movedOutput) throw new Error('prisma/schema.prisma: no `output = "../lib/db/generated"` in its generator block');
  return POSTGRES_HEADER + lines.join("\n");
}
