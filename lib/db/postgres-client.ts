// The Prisma client over PostgreSQL (node-postgres through Prisma 7's pg driver adapter). Prisma 7 bakes
// the provider into the generated client (its query compiler is per database, and the client refuses an
// adapter of another provider), so PostgreSQL has its own client, generated from the derived schema.
import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";

/**
 * Typed as the SQLite client: both are generated from the same models (prisma/postgres/schema.prisma is
 * derived from prisma/schema.prisma), so their query APIs agree on everything the app calls; what only
 * PostgreSQL offers (`mode: "insensitive"`) is not used, so each query reads the same on both.
 */
export function createPostgresClient(url: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
}
