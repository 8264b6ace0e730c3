// Named queries for re-deriving stored topics: small app-state values, papers in batches, and the rewrite.
import "server-only";
import type { Db } from "./client";

/** A value the app keeps about itself (e.g. the fingerprint of the taxonomy the stored topics follow). */
export async function getAppState(db: Db, key: string): Promise<string | null> {
  return (await db.appState.findUnique({ where: { key } }))?.value ?? null;
}

export async function setAppState(db: Db, key: string, value: string): Promise<void> {
  await db.appState.upsert({ where: { key }, create: { key, value }, update: { value } });
}

/** The next `take` papers after `cursor` (id order) with what topic rules read and the topics they hold. */
export async function listPapersForTopics(db: Db, cursor: string | undefined, take: number) {
  return db.paper.findMany({
    take,
    ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    orderBy: { id: "asc" },
    select: {
      id: true,
      title: true,
      abstract: true,
      categories: { select: { categoryId: true }, orderBy: { position: "asc" } },
      topics: { select: { topicId: true, reason: true } },
    },
  });
}

/** Replaces these papers' topics in one transaction and queues them for the search index again. */
export async function replacePaperTopics(
  db: Db,
  updates: { id: string; topics: { topicId: number; reason: string }[] }[],
): Promise<void> {
  const ids = updates.map((u) => u.id);
  await db.$transaction([
    db.paperTopic.deleteMany({ where: { paperId: { in: ids } } }),
    db.paperTopic.createMany({ data: updates.flatMap((u) => u.topics.map((t) => ({ paperId: u.id, ...t }))) }),
    // Search documents carry topics (facets, filters): these papers go to the index again on the next sync.
    db.paper.updateMany({ where: { id: { in: ids } }, data: { indexedAt: null } }),
  ]);
}
