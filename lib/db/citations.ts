// Papers as citation DTOs (lib/domain/citation.ts), with their authors in paper order.
import "server-only";
import type { CitationPaper } from "@/lib/domain/citation";
import type { Db } from "./client";
import type { Prisma } from "./generated/client";
import { authorNamesSelect, paperDay, toAuthorNames } from "./papers";

const select = {
  id: true,
  slug: true,
  title: true,
  abstract: true,
  arxivId: true,
  digestDate: true,
  publishedAt: true,
  authors: authorNamesSelect,
  doi: true,
  journalRef: true,
  categories: { where: { primary: true }, select: { categoryId: true }, take: 1 },
} satisfies Prisma.PaperSelect;

function toCitation({
  publishedAt,
  authors,
  categories,
  ...row
}: Prisma.PaperGetPayload<{ select: typeof select }>): CitationPaper {
  return {
    ...row,
    digestDate: paperDay({ ...row, publishedAt }),
    authors: toAuthorNames(authors),
    primaryCategory: categories[0]?.categoryId ?? null,
  };
}

/** In the order given; unknown ids are dropped. */
export async function listCitationPapers(db: Db, ids: string[]): Promise<CitationPaper[]> {
  const rows = await db.paper.findMany({ where: { id: { in: ids } }, select });
  const byId = new Map(rows.map((r) => [r.id, toCitation(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function getCitationPaperBySlug(db: Db, slug: string): Promise<CitationPaper | null> {
  const row = await db.paper.findUnique({ where: { slug }, select });
  return row ? toCitation(row) : null;
}
