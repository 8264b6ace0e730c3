// Looks a paper up by what a reader or client names it by: its arXiv id (the search jump), or its slug or id (the public API).
import "server-only";
import { paperIdFor } from "@/lib/domain/paper-identity";
import type { Db } from "./client";

export type PaperRef = { id: string; slug: string; title: string };

/** The paper with this arXiv id (any version), or null when Paperboard does not have it. */
export async function getPaperByArxivId(db: Db, arxivId: string): Promise<PaperRef | null> {
  const id = paperIdFor({ arxivId, title: "" });
  return db.paper.findUnique({ where: { id }, select: { id: true, slug: true, title: true } });
}

/** The paper whose slug or id is `key` (the public API accepts either), or null. */
export async function getPaperBySlugOrId(db: Db, key: string): Promise<PaperRef | null> {
  return db.paper.findFirst({
    where: { OR: [{ slug: key }, { id: key }] },
    select: { id: true, slug: true, title: true },
  });
}

/** Every paper's id, in id order: the pool a measurement samples from. */
export async function listAllPaperIds(db: Db): Promise<string[]> {
  const rows = await db.paper.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((r) => r.id);
}

/** Slug → the paper's id and arXiv categories, for the given slugs (unknown slugs are absent). */
export async function listIdsAndCategoriesBySlug(
  db: Db,
  slugs: string[],
): Promise<Map<string, { id: string; categories: string[] }>> {
  const rows = await db.paper.findMany({
    where: { slug: { in: slugs.slice(0, 500) } },
    select: { id: true, slug: true, categories: { select: { categoryId: true } } },
  });
  return new Map(rows.map((r) => [r.slug, { id: r.id, categories: r.categories.map((c) => c.categoryId) }]));
}
