// A topic's activity per ISO week for its chart: papers, and the upvotes those papers drew.
import { daysBetween, isoWeekOf } from "./days";

/** One digest appearance of a paper: the day, the upvotes the digest showed (null when the source has none). */
export type Appearance = { day: string; paperId: string; upvotes: number | null };
export type WeekActivity = { week: string; papers: number; upvotes: number };

/**
 * Per ISO week, over the last `weeks` weeks from the first to the latest appearance (empty weeks as 0):
 * the distinct papers in that week's digests, and the upvotes they drew — per paper the highest count
 * its digests showed that week (counts are snapshots, so summing days would count people twice) plus
 * the upvotes readers gave it here (`readerVotes`), as in the trending score.
 */
export function weeklyActivity(
  appearances: Appearance[],
  readerVotes: ReadonlyMap<string, number>,
  weeks = 26,
): WeekActivity[] {
  if (appearances.length === 0) return [];
  const perWeek = new Map<string, Map<string, number>>();
  for (const a of appearances) {
    const week = isoWeekOf(a.day);
    const papers = perWeek.get(week) ?? new Map<string, number>();
    papers.set(a.paperId, Math.max(papers.get(a.paperId) ?? 0, a.upvotes ?? 0));
    perWeek.set(week, papers);
  }
  const days = appearances.map((a) => a.day).sort();
  const allWeeks = [...new Set(daysBetween(days[0]!, days.at(-1)!).map(isoWeekOf))];
  return allWeeks.slice(-weeks).map((week) => {
    const papers = perWeek.get(week) ?? new Map<string, number>();
    let upvotes = 0;
    for (const [paperId, fromDigest] of papers) upvotes += fromDigest + (readerVotes.get(paperId) ?? 0);
    return { week, papers: papers.size, upvotes };
  });
}
