// Distinct readers per paper: accounts here that upvoted or bookmarked it, each counted once, so the
// trending score weighs people rather than clicks.
import "server-only";
import type { Db } from "./client";

/** Papers nobody read are absent: read with `?? 0`. */
export async function countReaders(db: Db, paperIds: string[]): Promise<Map<string, number>> {
  if (paperIds.length === 0) return new Map();
  const where = { paperId: { in: paperIds } };
  const select = { paperId: true, userId: true } as const;
  const [votes, bookmarks] = await Promise.all([
    db.vote.findMany({ where, select }),
    db.bookmark.findMany({ where, select }),
  ]);
  const readers = new Map<string, Set<string>>();
  for (const row of [...votes, ...bookmarks]) {
    const set = readers.get(row.paperId) ?? new Set<string>();
    set.add(row.userId);
    readers.set(row.paperId, set);
  }
  return new Map([...readers].map(([paperId, users]) => [paperId, users.size]));
}
