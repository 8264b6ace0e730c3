// The Prisma client over PostgreSQL (node-postgres through Prisma 7's pg driver adapter). Prisma 7 bakes
// the provider into the generated client (its query compiler is per database, and the client refuses an
// adapter of another provider), so PostgreSQL has its own client, generated from the derived schema.
import { PrismaPg } from "@prisma/adapter-pg";
import type { PrismaClient } from "./generated/client";
import { PrismaClient as PostgresPrismaClient } from "./generated-pg/client";

/**
 * Typed as the SQLite client: both are generated from the same models (prisma/postgres/schema.prisma is
 * derived from prisma/schema.prisma), so their query APIs agree on everything the app calls. What only
 * PostgreSQL has (`mode: "insensitive"`) is asked for where isPostgresClient says so, and nowhere else.
 */
export function createPostgresClient(url: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
  const client = new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
  postgresClients.add(client);
  return client;
}

const postgresClients = new WeakSet<object>();

/** For the few queries whose text differs by database (case-insensitive matching, say). */
export function isPostgresClient(db: PrismaClient): boolean {
  return postgresClients.has(db);
}
