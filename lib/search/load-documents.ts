// Reads papers from the database as search documents, and records when they were indexed.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { authorNamesSelect, toAuthorNames } from "@/lib/db/papers";
import { toSearchDocument, type SearchDocument } from "./documents";

const select = {
  id: true,
  slug: true,
  title: true,
  abstract: true,
  digestDate: true,
  rank: true,
  publishedAt: true,
  topics: { select: { topic: { select: { slug: true, name: true } } } },
  links: { select: { kind: true } },
  authors: authorNamesSelect,
  categories: { select: { categoryId: true }, orderBy: { position: "asc" } },
} satisfies Prisma.PaperSelect;

export async function loadSearchDocuments(db: Db, where: Prisma.PaperWhereInput, take?: number): Promise<SearchDocument[]> {
  const rows = await db.paper.findMany({ where, orderBy: { id: "asc" }, take, select });
  return rows.map((r) =>
    toSearchDocument({
      ...r,
      topics: r.topics.map((t) => t.topic),
      authors: toAuthorNames(r.authors),
      categories: r.categories.map((c) => c.categoryId),
    }),
  );
}

/** Marks papers as indexed as of `at` (taken before they were read, so later edits stay pending). */
export async function markIndexed(db: Db, ids: string[], at: Date): Promise<void> {
  await db.paper.updateMany({ where: { id: { in: ids } }, data: { indexedAt: at } });
}
