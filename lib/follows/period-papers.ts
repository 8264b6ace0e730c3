// A follow's new papers in a digest period, resolved like its feed (lib/follows/feed.ts): a topic
// reads SQLite, a search or an author asks Meilisearch restricted to the period's days.
import "server-only";
import type { Db } from "@/lib/db/client";
import {
  countFeedPapersBetween,
  listFeedPapersBetween,
  listFeedPapersByIds,
  type FeedPaper,
} from "@/lib/db/feed-papers";
import type { FollowRow } from "@/lib/db/follows";
import { periodDays, type Period } from "@/lib/domain/periods";
import { AppError } from "@/lib/errors";
import { searchPaperIdsInDays } from "@/lib/search/search-in-days";
import { describeIssues, toParamLists } from "@/lib/validation/params";
import { SearchQuerySchema } from "@/lib/validation/search-query";
import { followFeedSource } from "./feed";

export type FollowPeriodPapers = { papers: FeedPaper[]; total: number };

/** At most `limit` papers, and how many there are in all. */
export async function listFollowPapersInPeriod(
  db: Db,
  follow: Pick<FollowRow, "kind" | "target">,
  period: Period,
  limit: number,
): Promise<FollowPeriodPapers> {
  const { target, params } = followFeedSource(follow);
  if (target.kind === "topic") {
    const range = { from: period.from, to: period.to, topic: target.slug };
    const [papers, total] = await Promise.all([
      listFeedPapersBetween(db, { ...range, limit }),
      countFeedPapersBetween(db, range),
    ]);
    return { papers, total };
  }
  const parsed = SearchQuerySchema.safeParse({ ...toParamLists(params), page: undefined });
  if (!parsed.success) throw new AppError("BAD_REQUEST", `Invalid saved search: ${describeIssues(parsed.error)}`);
  const { ids, total } = await searchPaperIdsInDays(parsed.data, periodDays(period), limit);
  return { papers: await listFeedPapersByIds(db, ids), total };
}
