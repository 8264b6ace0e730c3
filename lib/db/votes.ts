// Upvotes: one per user and paper. countVotes feeds cards now and the trending score later.
import "server-only";
import { AppError } from "@/lib/errors";
import type { Db } from "./client";

/** Vote counts for the given papers (papers without votes are absent: read with `?? 0`). */
export async function countVotes(db: Db, paperIds: string[]): Promise<Map<string, number>> {
  if (paperIds.length === 0) return new Map();
  const rows = await db.vote.groupBy({
    by: ["paperId"],
    where: { paperId: { in: paperIds } },
    _count: { paperId: true },
  });
  return new Map(rows.map((r) => [r.paperId, r._count.paperId]));
}

export async function listVotedPaperIds(db: Db, userId: string, paperIds: string[]): Promise<Set<string>> {
  const rows = await db.vote.findMany({ where: { userId, paperId: { in: paperIds } }, select: { paperId: true } });
  return new Set(rows.map((r) => r.paperId));
}

/** Sets the user's vote on a paper (idempotent either way); returns the paper's new count. */
export async function setVote(db: Db, userId: string, paperId: string, voted: boolean): Promise<number> {
  if (voted) {
    if (!(await db.paper.findUnique({ where: { id: paperId }, select: { id: true } })))
      throw new AppError("NOT_FOUND", "No such paper.");
    await db.vote.upsert({ where: { userId_paperId: { userId, paperId } }, create: { userId, paperId }, update: {} });
  } else {
    await db.vote.deleteMany({ where: { userId, paperId } });
  }
  return db.vote.count({ where: { paperId } });
}
