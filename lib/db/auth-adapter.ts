// better-auth keeps users, sessions and accounts through its own Prisma adapter: the one use of the client
// outside a named query, handed over from here so that lib/auth never imports Prisma itself.
import "server-only";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { getDb } from "./client";

export function authDatabaseAdapter() {
  return prismaAdapter(getDb(), { provider: "sqlite" });
}
