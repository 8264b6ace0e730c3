// The query behind trending pages: papers that appeared in a window's digests, scored and explained.
import "server-only";
import type { Db } from "@/lib/db/client";
import { DAY_MS, parseDay } from "@/lib/domain/days";
import { countBookmarks } from "@/lib/db/bookmarks";
import { listWindowAppearances } from "@/lib/db/digest-entries";
import { countAuthors, toCard, type PaperCard } from "@/lib/db/papers";
import { countReaders } from "@/lib/db/readers";
import { countVotes } from "@/lib/db/votes";
import { rankByScore, trendingScore, type Score } from "./score";
import type { TrendingWindow } from "./windows";

export type TrendingPaper = PaperCard & { score: Score };
export type TrendingSort = "trending" | "newest";

export async function listTrendingPapers(
  db: Db,
  window: TrendingWindow,
  options: { topics?: string[]; sort?: TrendingSort; limit?: number } = {},
): Promise<TrendingPaper[]> {
  const entries = await listWindowAppearances(db, window, options.topics);
  const authorCounts = await countAuthors(db, [...new Set(entries.map((e) => e.paper.id))]);
  const lastDay = entries.reduce((max, e) => (e.digest.date > max ? e.digest.date : max), "");
  const byPaper = new Map<
    string,
    { card: PaperCard; rank: number; size: number; latest: string; upvotes: number; ranked: boolean }
  >();
  for (const e of entries) {
    const seen = byPaper.get(e.paper.id);
    // Entries come best rank first; upvotes are the most the source reported in the window.
    if (!seen) {
      const entry = {
        card: toCard(e.paper, authorCounts.get(e.paper.id) ?? 0),
        rank: e.rank,
        size: e.digest.paperCount,
        latest: e.digest.date,
      };
      byPaper.set(e.paper.id, { ...entry, upvotes: e.upvotes ?? 0, ranked: e.upvotes === null });
    } else {
      if (e.digest.date > seen.latest) seen.latest = e.digest.date;
      seen.upvotes = Math.max(seen.upvotes, e.upvotes ?? 0);
    }
  }
  const ids = [...byPaper.keys()];
  const [votes, bookmarks, readers] = await Promise.all([
    countVotes(db, ids),
    countBookmarks(db, ids),
    countReaders(db, ids),
  ]);
  const scored = [...byPaper.values()].map(({ card, rank, size, latest, upvotes, ranked }) => ({
    ...card,
    rank,
    score: trendingScore(
      {
        sourceUpvotes: upvotes,
        userVotes: votes.get(card.id) ?? 0,
        bookmarks: bookmarks.get(card.id) ?? 0,
        readers: readers.get(card.id) ?? 0,
        rank,
        digestSize: size,
        rankedDigest: ranked,
        ageDays: daysApart(latest, lastDay),
      },
      window.kind,
    ),
  }));
  const sorted =
    options.sort === "newest"
      ? scored.sort((a, b) => b.digestDate.localeCompare(a.digestDate) || a.rank - b.rank)
      : rankByScore(scored);
  return sorted.slice(0, options.limit ?? 100);
}

function daysApart(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);
}
