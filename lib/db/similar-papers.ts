// Named queries for the precomputed similar-papers table (written by lib/search/similar-papers.ts).
import "server-only";
import { deleteWhereIn, insertRows } from "./bulk-sql";
import type { Db } from "./client";
import { getDb } from "./client";
import { paperDay } from "./papers";

export type SimilarPaperRef = { id: string; slug: string; title: string; digestDate: string; score: number };

const CHUNK = 500;

/** Replaces the stored neighbours of each given paper (a paper with no entry keeps none). */
export async function replaceSimilarPapers(db: Db, neighbours: Map<string, { id: string; score: number }[]>): Promise<void> {
  const ids = [...neighbours.keys()];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = chunk.flatMap((paperId) => (neighbours.get(paperId) ?? []).map((n, position) => [paperId, n.id, position + 1, n.score]));
    await db.$transaction(async (tx) => {
      await deleteWhereIn(tx, "SimilarPaper", "paperId", chunk);
      await insertRows(tx, "SimilarPaper", ["paperId", "similarId", "position", "score"], rows);
    });
  }
}

/** A paper's similar papers, most similar first; ids whose paper is gone are skipped. */
export async function listSimilarPapers(paperId: string): Promise<SimilarPaperRef[]> {
  const db = getDb();
  const rows = await db.similarPaper.findMany({ where: { paperId }, orderBy: { position: "asc" }, select: { similarId: true, score: true } });
  const papers = await db.paper.findMany({
    where: { id: { in: rows.map((r) => r.similarId) } },
    select: { id: true, slug: true, title: true, digestDate: true, publishedAt: true },
  });
  const byId = new Map(papers.map((p) => [p.id, p]));
  return rows.flatMap((r) => {
    const paper = byId.get(r.similarId);
    return paper ? [{ id: paper.id, slug: paper.slug, title: paper.title, digestDate: paperDay(paper), score: r.score }] : [];
  });
}
