// Named queries over digests and their entries: which days have digests, and who appeared in a window.
import "server-only";
import type { Db } from "./client";
import { cardSelect } from "./papers";

/** Appearances considered per window; a month of daily digests is far below it. */
const MAX_APPEARANCES = 5_000;

/** `topics`: only digests with papers in any of these topics (a topic page, or the topics a user follows). */
export async function listDigestDays(db: Db, topics?: string[]): Promise<string[]> {
  const rows = await db.digest.findMany({
    where: topics
      ? { entries: { some: { paper: { topics: { some: { topic: { slug: { in: topics } } } } } } } }
      : undefined,
    select: { date: true },
    distinct: ["date"],
    orderBy: { date: "asc" },
  });
  return rows.map((r) => r.date);
}

/**
 * Every appearance of a paper in the digests of days start..end (inclusive), best rank first, newest
 * digest first among equal ranks; `topics`: only papers in any of these topics.
 */
export async function listWindowAppearances(db: Db, range: { start: string; end: string }, topics?: string[]) {
  return db.digestEntry.findMany({
    where: {
      digest: { date: { gte: range.start, lte: range.end } },
      ...(topics ? { paper: { topics: { some: { topic: { slug: { in: topics } } } } } } : {}),
    },
    select: {
      rank: true,
      upvotes: true,
      digest: { select: { date: true, paperCount: true } },
      paper: { select: cardSelect },
    },
    orderBy: [{ rank: "asc" }, { digest: { date: "desc" } }],
    take: MAX_APPEARANCES,
  });
}
