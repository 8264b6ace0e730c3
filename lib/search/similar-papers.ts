// Computes and stores similar papers when the index syncs: once per changed paper, not per request.
import "server-only";
import type { Db } from "@/lib/db/client";
import { replaceSimilarPapers } from "@/lib/db/similar-papers";
import { buildSimilarityModel, findSimilar } from "./similarity";

/**
 * Recomputes the neighbours of the given papers against the whole collection (IDF needs every
 * paper). Papers not listed keep their stored neighbours until `npm run search:reindex`, which
 * recomputes all: a new paper can be missing from an older paper's list until then.
 */
export async function refreshSimilarPapers(db: Db, paperIds: string[]): Promise<number> {
  if (paperIds.length === 0) return 0;
  const rows = await db.paper.findMany({
    select: { id: true, title: true, abstract: true, topics: { select: { topic: { select: { slug: true } } } } },
  });
  const model = buildSimilarityModel(rows.map((r) => ({ ...r, topics: r.topics.map((t) => t.topic.slug) })));
  await replaceSimilarPapers(db, new Map(paperIds.map((id) => [id, findSimilar(model, id)])));
  return paperIds.length;
}

/** Neighbours for every paper not yet indexed — also callable while Meilisearch is down (SQLite only). */
export async function refreshPendingSimilarPapers(db: Db): Promise<number> {
  const pending = await db.paper.findMany({
    where: { OR: [{ indexedAt: null }, { indexedAt: { lt: db.paper.fields.updatedAt } }] },
    select: { id: true },
  });
  return refreshSimilarPapers(db, pending.map((p) => p.id));
}
