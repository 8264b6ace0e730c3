// Named queries for personal API tokens. Only sha256 hashes are stored; every query that touches a
// reader's tokens takes the owner's id.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "./client";

export type ApiTokenSummary = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

/** A reader keeps at most this many tokens: enough for every tool, not a table to fill. */
export const MAX_TOKENS_PER_USER = 20;
/** Last-used is a hint, not an audit log: written at most this often per token. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenSummary[]> {
  const rows = await db.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  }));
}

/** Stores a token's hash; false when the reader already has MAX_TOKENS_PER_USER (nothing written). */
export async function createApiToken(db: Db, userId: string, name: string, tokenHash: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    if ((await tx.apiToken.count({ where: { userId } })) >= MAX_TOKENS_PER_USER) return false;
    await tx.apiToken.create({ data: { id: randomUUID(), userId, name, tokenHash } });
    return true;
  });
}

export async function revokeApiToken(db: Db, userId: string, id: string): Promise<void> {
  await db.apiToken.deleteMany({ where: { id, userId } });
}

/** The owner of the token with this hash (noting its use), or null for an unknown or revoked one. */
export async function getApiTokenOwner(db: Db, tokenHash: string, now = new Date()): Promise<string | null> {
  const row = await db.apiToken.findUnique({
    where: { tokenHash },
    select: { id: true, userId: true, lastUsedAt: true },
  });
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return row.userId;
}
