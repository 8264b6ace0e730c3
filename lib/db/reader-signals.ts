// Named queries for what a reader told us about papers: saved, upvoted, or "not interested" — the
// examples their For you model learns from. Every function takes the owner's id.
import "server-only";
import type { Db } from "./client";

/** Which of the reader's saves count: all (bookmarks + upvotes), one collection's, or one tag's. */
export type SignalScope = { kind: "all" } | { kind: "collection"; collectionId: number } | { kind: "tag"; tag: string };

/** The reader's positive papers in the scope, oldest first (imports are bookmarks, so they count). */
export async function listPositivePaperIds(db: Db, userId: string, scope: SignalScope): Promise<string[]> {
  const where =
    scope.kind === "collection"
      ? { userId, items: { some: { collectionId: scope.collectionId } } }
      : scope.kind === "tag"
        ? { userId, tags: { some: { name: scope.tag } } }
        : { userId };
  const bookmarks = await db.bookmark.findMany({ where, select: { paperId: true }, orderBy: { createdAt: "asc" } });
  const ids = bookmarks.map((b) => b.paperId);
  if (scope.kind === "all") {
    const votes = await db.vote.findMany({
      where: { userId },
      select: { paperId: true },
      orderBy: { createdAt: "asc" },
    });
    ids.push(...votes.map((v) => v.paperId));
  }
  return [...new Set(ids)];
}

export async function listDismissedPaperIds(db: Db, userId: string): Promise<string[]> {
  const rows = await db.dismissal.findMany({
    where: { userId },
    select: { paperId: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.paperId);
}

/** Marks a paper "not interested" (idempotent; an unknown paper is ignored, as a stale form may post one). */
export async function addDismissal(db: Db, userId: string, paperId: string): Promise<void> {
  const paper = await db.paper.findUnique({ where: { id: paperId }, select: { id: true } });
  if (!paper) return;
  await db.dismissal.upsert({
    where: { userId_paperId: { userId, paperId } },
    create: { userId, paperId },
    update: {},
  });
}

export async function removeDismissal(db: Db, userId: string, paperId: string): Promise<void> {
  await db.dismissal.deleteMany({ where: { userId, paperId } });
}

/** The paper's slug and title, for the "hidden …, Undo" notice. */
export async function getPaperTitle(db: Db, paperId: string): Promise<{ slug: string; title: string } | null> {
  return db.paper.findUnique({ where: { id: paperId }, select: { slug: true, title: true } });
}

export type PaperRef = { id: string; slug: string; title: string };

/** Slug and title of the given papers (for "because you saved …" links). */
export async function listPaperRefs(db: Db, ids: string[]): Promise<Map<string, PaperRef>> {
  if (ids.length === 0) return new Map();
  const rows = await db.paper.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, title: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}
