// Storage of the shared page cache (lib/cache/shared-page-cache.ts): cached pages and the times their
// tags were revalidated, one row each, so every app instance on this database sees the same cache.
import "server-only";
import type { Db } from "./client";

export type StoredPageCacheEntry = { value: Uint8Array; tags: string; writtenAt: Date };

export async function getPageCacheEntry(db: Db, key: string): Promise<StoredPageCacheEntry | null> {
  return db.pageCacheEntry.findUnique({ where: { key }, select: { value: true, tags: true, writtenAt: true } });
}

export async function putPageCacheEntry(db: Db, key: string, entry: StoredPageCacheEntry): Promise<void> {
  const data = { value: new Uint8Array(entry.value), tags: entry.tags, writtenAt: entry.writtenAt };
  await db.pageCacheEntry.upsert({ where: { key }, create: { key, ...data }, update: data });
}

/** When each of these tags was last revalidated, in epoch milliseconds (tags never revalidated are absent). */
export async function listTagRevalidations(db: Db, tags: readonly string[]): Promise<Map<string, number>> {
  if (tags.length === 0) return new Map();
  const rows = await db.pageCacheTag.findMany({ where: { tag: { in: [...tags] } } });
  return new Map(rows.map((row) => [row.tag, row.revalidatedAt.getTime()]));
}

/**
 * Records that these tags were revalidated at `at`, then deletes the entries it made dead (written
 * before `at` and carrying one of them: `needles` are the tags as lib/cache stores them), so the
 * table holds only pages rendered since the last change instead of growing with every one ever cached.
 */
export async function recordTagRevalidations(
  db: Db,
  tags: readonly string[],
  needles: readonly string[],
  at: Date,
): Promise<void> {
  if (tags.length === 0) return;
  for (const tag of tags)
    await db.pageCacheTag.upsert({ where: { tag }, create: { tag, revalidatedAt: at }, update: { revalidatedAt: at } });
  await db.pageCacheEntry.deleteMany({
    where: { writtenAt: { lte: at }, OR: needles.map((needle) => ({ tags: { contains: needle } })) },
  });
}
