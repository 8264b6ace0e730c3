// Named queries for catch-up: the papers a reader has seen and their "mark all as seen" moment. Writes
// are cheap on purpose (one multi-row INSERT OR IGNORE, capped per call): cards report in batches.
import "server-only";
import type { Db } from "./client";

/** The most papers one call records; the rest of a batch is dropped (the next batch brings them again). */
export const MAX_SEEN_PER_CALL = 100;

/** Records the papers (by slug) as seen by the reader; unknown slugs are ignored. Returns how many were new. */
export async function markPapersSeenBySlug(db: Db, userId: string, slugs: readonly string[]): Promise<number> {
  const batch = [...new Set(slugs)].slice(0, MAX_SEEN_PER_CALL);
  if (batch.length === 0) return 0;
  return db.$executeRawUnsafe(
    `INSERT OR IGNORE INTO "SeenPaper" ("userId", "paperId") SELECT ?, "id" FROM "Paper" WHERE "slug" IN (${batch.map(() => "?").join(", ")})`,
    userId,
    ...batch,
  );
}

export type SeenState = { markedAt: Date | null; seen: Set<string> };

/** What the reader has seen: everything stored before their last "mark all as seen", and each paper seen since. */
export async function getSeenState(db: Db, userId: string): Promise<SeenState> {
  const [mark, rows] = await Promise.all([
    db.catchUpMark.findUnique({ where: { userId }, select: { markedAt: true } }),
    db.seenPaper.findMany({ where: { userId }, select: { paperId: true } }),
  ]);
  return { markedAt: mark?.markedAt ?? null, seen: new Set(rows.map((r) => r.paperId)) };
}

/** Of the given papers, those new to the reader (stored after their mark and not seen since). */
export async function listNewPaperIds(db: Db, userId: string, ids: readonly string[]): Promise<Set<string>> {
  const state = await getSeenState(db, userId);
  const unseen = ids.filter((id) => !state.seen.has(id));
  if (state.markedAt === null) return new Set(unseen);
  const out = new Set<string>();
  for (let i = 0; i < unseen.length; i += 500) {
    const rows = await db.paper.findMany({
      where: { id: { in: unseen.slice(i, i + 500) }, createdAt: { gt: state.markedAt } },
      select: { id: true },
    });
    for (const r of rows) out.add(r.id);
  }
  return out;
}

/** "Mark all as seen": every paper stored until now stops being new; the per-paper marks it covers are dropped. */
export async function markAllSeen(db: Db, userId: string, at = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.catchUpMark.upsert({ where: { userId }, create: { userId, markedAt: at }, update: { markedAt: at } });
    await tx.seenPaper.deleteMany({ where: { userId } });
  });
}
