// Named queries for author pages: an author's name and their papers here, newest first.
import "server-only";
import type { Db } from "./client";
import { cardSelect, toCards, type PaperCard } from "./papers";

/** How many of an author's papers their page lists. */
export const AUTHOR_PAGE_PAPERS = 100;

export async function getAuthorWithPapers(
  db: Db,
  id: string,
): Promise<{ id: string; name: string; papers: PaperCard[]; total: number } | null> {
  const author = await db.author.findUnique({
    where: { id },
    select: { id: true, name: true, _count: { select: { papers: true } } },
  });
  if (!author) return null;
  const rows = await db.paper.findMany({
    where: { authors: { some: { authorId: id } } },
    select: cardSelect,
    orderBy: [
      { digestDate: { sort: "desc", nulls: "last" } },
      { publishedAt: { sort: "desc", nulls: "last" } },
      { id: "asc" },
    ],
    take: AUTHOR_PAGE_PAPERS,
  });
  return { id: author.id, name: author.name, papers: await toCards(db, rows), total: author._count.papers };
}
