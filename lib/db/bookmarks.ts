// Named queries for a user's bookmarks. Every function takes the owner's id and filters by it: a
// bookmark id from a form is never trusted on its own (privacy).
import "server-only";
import { AppError } from "@/lib/errors";
import type { BookmarkEdit } from "@/lib/validation/library";
import type { Db } from "./client";

/** Bookmarks the paper (idempotent). Unknown paper → NOT_FOUND. */
/** How many users saved each paper — a community signal for the trending score (counts only, no owners). */
export async function countBookmarks(db: Db, paperIds: string[]): Promise<Map<string, number>> {
  if (paperIds.length === 0) return new Map();
  const rows = await db.bookmark.groupBy({
    by: ["paperId"],
    where: { paperId: { in: paperIds } },
    _count: { paperId: true },
  });
  return new Map(rows.map((r) => [r.paperId, r._count.paperId]));
}

export async function addBookmark(db: Db, userId: string, paperId: string): Promise<void> {
  const paper = await db.paper.findUnique({ where: { id: paperId }, select: { id: true } });
  if (!paper) throw new AppError("NOT_FOUND", "No such paper.");
  await db.bookmark.upsert({
    where: { userId_paperId: { userId, paperId } },
    create: { userId, paperId },
    update: {},
  });
}

export async function removeBookmark(db: Db, userId: string, paperId: string): Promise<void> {
  await db.bookmark.deleteMany({ where: { userId, paperId } });
}

/** Of the given papers, those the user bookmarked. */
export async function listBookmarkedPaperIds(db: Db, userId: string, paperIds: string[]): Promise<Set<string>> {
  const rows = await db.bookmark.findMany({
    where: { userId, paperId: { in: paperIds } },
    select: { paperId: true },
  });
  return new Set(rows.map((r) => r.paperId));
}

/** Saves note, tags, read state and collections of one of the user's bookmarks. */
export async function updateBookmark(db: Db, userId: string, edit: BookmarkEdit): Promise<void> {
  const owned = await db.bookmark.findFirst({ where: { id: edit.bookmarkId, userId }, select: { id: true } });
  if (!owned) throw new AppError("NOT_FOUND", "No such bookmark.");
  const collections = await db.collection.findMany({
    where: { userId, id: { in: edit.collections } },
    select: { id: true },
  });
  if (collections.length !== new Set(edit.collections).size) throw new AppError("NOT_FOUND", "No such collection.");
  await db.$transaction([
    db.bookmark.update({ where: { id: owned.id }, data: { note: edit.note, readAt: edit.read ? new Date() : null } }),
    db.bookmarkTag.deleteMany({ where: { bookmarkId: owned.id } }),
    db.bookmarkTag.createMany({ data: edit.tags.map((name) => ({ bookmarkId: owned.id, name })) }),
    db.collectionItem.deleteMany({ where: { bookmarkId: owned.id } }),
    db.collectionItem.createMany({ data: collections.map((c) => ({ collectionId: c.id, bookmarkId: owned.id })) }),
  ]);
}

/** Adds papers to the user's library (and optionally a collection); returns the ids not in the database. */
export async function importPapers(
  db: Db,
  userId: string,
  paperIds: string[],
  collectionId?: number,
): Promise<{ added: number; unknown: string[] }> {
  if (
    collectionId !== undefined &&
    !(await db.collection.findFirst({ where: { id: collectionId, userId }, select: { id: true } }))
  )
    throw new AppError("NOT_FOUND", "No such collection.");
  const known = new Set(
    (await db.paper.findMany({ where: { id: { in: paperIds } }, select: { id: true } })).map((p) => p.id),
  );
  let added = 0;
  for (const paperId of paperIds.filter((id) => known.has(id))) {
    const bookmark = await db.bookmark.upsert({
      where: { userId_paperId: { userId, paperId } },
      create: { userId, paperId },
      update: {},
    });
    if (collectionId !== undefined)
      await db.collectionItem.upsert({
        where: { collectionId_bookmarkId: { collectionId, bookmarkId: bookmark.id } },
        create: { collectionId, bookmarkId: bookmark.id },
        update: {},
      });
    added++;
  }
  return { added, unknown: paperIds.filter((id) => !known.has(id)) };
}

export type TagCount = { name: string; count: number };

export async function listUserTags(db: Db, userId: string): Promise<TagCount[]> {
  const rows = await db.bookmarkTag.groupBy({
    by: ["name"],
    where: { bookmark: { userId } },
    _count: { name: true },
    orderBy: { name: "asc" },
  });
  return rows.map((r) => ({ name: r.name, count: r._count.name }));
}
