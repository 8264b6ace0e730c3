// Named queries for the precomputed related-papers table (written by lib/related/related-papers.ts)
// and for the papers it reads and marks as computed.
import "server-only";
import type { Prisma } from "./generated/client";
import { deleteWhereIn, insertRows } from "./bulk-sql";
import type { Db } from "./client";
import { paperDay } from "./papers";

export type SimilarPaperRef = { id: string; slug: string; title: string; digestDate: string; score: number };

const CHUNK = 500;

/** What the similarity model reads of a paper. */
export type RelatedInput = { id: string; title: string; abstract: string; topics: string[] };

const inputSelect = {
  id: true,
  title: true,
  abstract: true,
  topics: { select: { topic: { select: { slug: true } } } },
} satisfies Prisma.PaperSelect;

async function readInputs(db: Db, where: Prisma.PaperWhereInput, take?: number): Promise<RelatedInput[]> {
  const rows = await db.paper.findMany({ where, orderBy: { id: "asc" }, take, select: inputSelect });
  return rows.map((r) => ({ ...r, topics: r.topics.map((t) => t.topic.slug) }));
}

/** The next `take` papers after `afterId` in id order (null: from the first): a stream in chunks. */
export function readRelatedInputsAfter(db: Db, afterId: string | null, take: number): Promise<RelatedInput[]> {
  return readInputs(db, afterId === null ? {} : { id: { gt: afterId } }, take);
}

/** The given papers (at most CHUNK ids: relation loads bind one parameter per id). */
export function readRelatedInputs(db: Db, ids: string[]): Promise<RelatedInput[]> {
  return readInputs(db, { id: { in: ids } });
}

/** Related papers are pending for a paper never computed, or changed since (like indexedAt). */
function pendingWhere(db: Db): Prisma.PaperWhereInput {
  return { OR: [{ relatedAt: null }, { relatedAt: { lt: db.paper.fields.updatedAt } }] };
}

export async function listPendingRelatedIds(db: Db): Promise<string[]> {
  return (await db.paper.findMany({ where: pendingWhere(db), orderBy: { id: "asc" }, select: { id: true } })).map(
    (p) => p.id,
  );
}

export function countPendingRelated(db: Db): Promise<number> {
  return db.paper.count({ where: pendingWhere(db) });
}

/** `at` was taken before the papers were read: a paper changed since stays pending. */
export async function markRelatedComputed(db: Db, ids: string[], at: Date): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db.paper.updateMany({ where: { id: { in: ids.slice(i, i + CHUNK) } }, data: { relatedAt: at } });
  }
}

/** Replaces the stored neighbours of each given paper (a paper with no entry keeps none). */
export async function replaceSimilarPapers(
  db: Db,
  neighbours: Map<string, { id: string; score: number }[]>,
): Promise<void> {
  const ids = [...neighbours.keys()];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = chunk.flatMap((paperId) =>
      (neighbours.get(paperId) ?? []).map((n, position) => [paperId, n.id, position + 1, n.score]),
    );
    await db.$transaction(async (tx) => {
      await deleteWhereIn(tx, "SimilarPaper", "paperId", chunk);
      await insertRows(tx, "SimilarPaper", ["paperId", "similarId", "position", "score"], rows);
    });
  }
}

/** A paper's similar papers, most similar first; ids whose paper is gone are skipped. */
export async function listSimilarPapers(db: Db, paperId: string): Promise<SimilarPaperRef[]> {
  const rows = await db.similarPaper.findMany({
    where: { paperId },
    orderBy: { position: "asc" },
    select: { similarId: true, score: true },
  });
  const papers = await db.paper.findMany({
    where: { id: { in: rows.map((r) => r.similarId) } },
    select: { id: true, slug: true, title: true, digestDate: true, publishedAt: true },
  });
  const byId = new Map(papers.map((p) => [p.id, p]));
  return rows.flatMap((r) => {
    const paper = byId.get(r.similarId);
    return paper
      ? [{ id: paper.id, slug: paper.slug, title: paper.title, digestDate: paperDay(paper), score: r.score }]
      : [];
  });
}

/** Every paper's related papers become pending (a full recompute, e.g. after the model changed). */
export async function markAllRelatedPending(db: Db): Promise<void> {
  await db.paper.updateMany({ data: { relatedAt: null } });
}
