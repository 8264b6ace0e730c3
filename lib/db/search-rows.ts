// Named queries behind the search index and similar papers: which papers are pending, their rows, and the mark.
import "server-only";
import type { Prisma } from "./generated/client";
import type { Db } from "./client";
import { authorNamesSelect, toAuthorNames } from "./papers";

/** Which papers to read: these ids, or the next `take` after an id (null: from the start) in id order. */
export type PaperPage = { ids: string[] } | { after: string | null; take: number };

function pageArgs(page: PaperPage): { where: Prisma.PaperWhereInput; take?: number } {
  if ("ids" in page) return { where: { id: { in: page.ids } } };
  return { where: page.after === null ? {} : { id: { gt: page.after } }, take: page.take };
}

/** Written since last indexed: never indexed, or changed after it was. */
function pendingWhere(db: Db): Prisma.PaperWhereInput {
  return { OR: [{ indexedAt: null }, { indexedAt: { lt: db.paper.fields.updatedAt } }] };
}

/** Ids of papers pending indexing, in id order (`after`/`take` page through them). */
export async function listPendingIndexIds(db: Db, page: { after?: string; take?: number } = {}): Promise<string[]> {
  const where = page.after === undefined ? pendingWhere(db) : { AND: [pendingWhere(db), { id: { gt: page.after } }] };
  const rows = await db.paper.findMany({ where, orderBy: { id: "asc" }, take: page.take, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Marks every paper pending, so the next index sync sends them all. */
export async function markAllUnindexed(db: Db): Promise<void> {
  await db.paper.updateMany({ data: { indexedAt: null } });
}

/** Marks papers as indexed as of `at` (taken before they were read, so later edits stay pending). */
export async function markIndexed(db: Db, ids: string[], at: Date): Promise<void> {
  await db.paper.updateMany({ where: { id: { in: ids } }, data: { indexedAt: at } });
}

const searchSelect = {
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

/** Papers as the search documents are built from them (topics, author names, category ids flattened). */
export async function readSearchRows(db: Db, page: PaperPage) {
  const rows = await db.paper.findMany({ ...pageArgs(page), orderBy: { id: "asc" }, select: searchSelect });
  return rows.map((r) => ({
    ...r,
    topics: r.topics.map((t) => t.topic),
    authors: toAuthorNames(r.authors),
    categories: r.categories.map((c) => c.categoryId),
  }));
}
