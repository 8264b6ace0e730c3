// better-auth keeps users, sessions and accounts through its own Prisma adapter: the one use of the client
// outside a named query, handed over from here so that lib/auth never imports Prisma itself.
import "server-only";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { getEnv } from "@/lib/env";
import type { Db } from "./client";
import { providerOf } from "./provider";

/** The same database as the app's, whichever it is (better-auth words some queries per provider). */
export function authDatabaseAdapter(db: Db) {
  return prismaAdapter(db, { provider: providerOf(getEnv().DATABASE) });
}
