// The library page's query: one user's bookmarks with their paper, note, tags and collections,
// filtered and searched. Search is LIKE over the user's own rows (README, Decisions: not FTS5,
// not Meilisearch — private data stays out of the shared index).
import "server-only";
import type { LibraryQuery } from "@/lib/validation/library";
import type { Db } from "./client";
import { paperDay } from "./papers";
import type { Prisma } from "./generated/client";
import { isPostgresClient } from "./postgres-client";

export type LibraryItem = {
  bookmarkId: number;
  savedAt: string;
  note: string;
  read: boolean;
  tags: string[];
  collections: { id: number; name: string }[];
  paper: {
    id: string;
    slug: string;
    title: string;
    abstract: string;
    digestDate: string;
    arxivId: string | null;
    topics: { slug: string; name: string }[];
  };
};

const select = {
  id: true,
  createdAt: true,
  note: true,
  readAt: true,
  tags: { select: { name: true }, orderBy: { name: "asc" } },
  items: { select: { collection: { select: { id: true, name: true } } }, orderBy: { collection: { name: "asc" } } },
  paper: {
    select: {
      id: true,
      slug: true,
      title: true,
      abstract: true,
      digestDate: true,
      publishedAt: true,
      arxivId: true,
      topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { name: "asc" } } },
    },
  },
} satisfies Prisma.BookmarkSelect;

function searchWords(q: string): string[] {
  return q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10);
}

/**
 * Each word must match the title, abstract, note or a tag, ignoring case: SQLite's LIKE does so for
 * ASCII by itself, PostgreSQL's needs `mode: "insensitive"` (ILIKE), an option only its client has.
 * Prisma passes `%` and `_` through to LIKE unescaped, so this may over-match; `matchesWords`
 * then keeps exact substring matches only.
 */
function searchWhere(q: string, postgres: boolean): Prisma.BookmarkWhereInput[] {
  const contains = (w: string) =>
    postgres ? ({ contains: w, mode: "insensitive" } as Prisma.StringFilter) : { contains: w };
  return searchWords(q).map((w) => ({
    OR: [
      { note: contains(w) },
      { tags: { some: { name: { contains: w.toLowerCase() } } } },
      { paper: { title: contains(w) } },
      { paper: { abstract: contains(w) } },
    ],
  }));
}

export function libraryWhere(
  userId: string,
  query: Partial<LibraryQuery>,
  postgres = false,
): Prisma.BookmarkWhereInput {
  return {
    userId,
    AND: [
      ...searchWhere(query.q ?? "", postgres),
      ...(query.collection !== undefined
        ? [{ items: { some: { collectionId: query.collection, collection: { userId } } } }]
        : []),
      ...(query.tag ? [{ tags: { some: { name: query.tag } } }] : []),
      ...(query.topic ? [{ paper: { topics: { some: { topic: { slug: query.topic } } } } }] : []),
      ...(query.read === "read" ? [{ readAt: { not: null } }] : query.read === "unread" ? [{ readAt: null }] : []),
    ],
  };
}

export async function listLibrary(
  db: Db,
  userId: string,
  query: Partial<LibraryQuery>,
  limit = 500,
): Promise<LibraryItem[]> {
  const orderBy: Prisma.BookmarkOrderByWithRelationInput[] =
    query.sort === "paper"
      ? [{ paper: { digestDate: "desc" } }, { id: "desc" }]
      : [{ createdAt: "desc" }, { id: "desc" }];
  const rows = await db.bookmark.findMany({
    where: libraryWhere(userId, query, isPostgresClient(db)),
    orderBy,
    select,
    take: limit,
  });
  const words = searchWords(query.q ?? "");
  const matchesWords = (r: (typeof rows)[number]) => {
    const text = [r.paper.title, r.paper.abstract, r.note, ...r.tags.map((t) => t.name)].join("\n").toLowerCase();
    return words.every((w) => text.includes(w));
  };
  return rows.filter(matchesWords).map((r) => {
    const { publishedAt, topics, ...paper } = r.paper;
    return {
      bookmarkId: r.id,
      savedAt: r.createdAt.toISOString(),
      note: r.note,
      read: r.readAt !== null,
      tags: r.tags.map((t) => t.name),
      collections: r.items.map((i) => i.collection),
      paper: {
        ...paper,
        digestDate: paperDay({ digestDate: paper.digestDate, publishedAt }),
        topics: topics.map((t) => t.topic),
      },
    };
  });
}
