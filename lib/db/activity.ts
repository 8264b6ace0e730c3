// Activity over time for charts: papers per digest day, and a topic's papers and upvotes per ISO week.
import "server-only";
import { daysBetween } from "@/lib/domain/days";
import { weeklyActivity, type WeekActivity } from "@/lib/domain/weekly-activity";
import type { Db } from "./client";

export type DayCount = { day: string; papers: number };

/** Papers per day over the last `horizon` digest days, empty days included (as 0). */
export async function listPapersPerDay(db: Db, horizon = 60): Promise<DayCount[]> {
  const rows = await db.digest.groupBy({
    by: ["date"],
    _sum: { paperCount: true },
    orderBy: { date: "desc" },
    take: horizon,
  });
  const counts = new Map(rows.map((r) => [r.date, r._sum.paperCount ?? 0]));
  const latest = rows[0]?.date;
  const earliest = rows.at(-1)?.date;
  if (!latest || !earliest) return [];
  return daysBetween(earliest, latest).map((day) => ({ day, papers: counts.get(day) ?? 0 }));
}

/** A topic's papers and the upvotes they drew per ISO week, over its last `weeks` active weeks (gaps included). */
export async function listTopicActivity(db: Db, topicSlug: string, weeks = 26): Promise<WeekActivity[]> {
  const rows = await db.$queryRaw<
    { day: string; paperId: string; upvotes: bigint | number | null; votes: bigint | number }[]
  >`
    SELECT d."date" AS "day", e."paperId" AS "paperId", e."upvotes" AS "upvotes",
      (SELECT COUNT(*) FROM "Vote" v WHERE v."paperId" = e."paperId") AS "votes"
    FROM "DigestEntry" e
    JOIN "Digest" d ON d."id" = e."digestId"
    JOIN "PaperTopic" pt ON pt."paperId" = e."paperId"
    JOIN "Topic" t ON t."id" = pt."topicId"
    WHERE t."slug" = ${topicSlug}`;
  const readerVotes = new Map(rows.map((r) => [r.paperId, Number(r.votes)]));
  const appearances = rows.map((r) => ({
    day: r.day,
    paperId: r.paperId,
    upvotes: r.upvotes === null ? null : Number(r.upvotes),
  }));
  return weeklyActivity(appearances, readerVotes, weeks);
}
