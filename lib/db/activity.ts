// Activity over time for charts: papers per digest day, and a topic's papers per ISO week.
import "server-only";
import { daysBetween } from "@/lib/charts";
import { isoWeekOf } from "@/lib/trending/windows";
import { getDb } from "./client";

export type DayCount = { day: string; papers: number };
export type WeekCount = { week: string; papers: number };

/** Papers per day over the last `horizon` digest days, empty days included (as 0). */
export async function listPapersPerDay(horizon = 60): Promise<DayCount[]> {
  const rows = await getDb().digest.groupBy({ by: ["date"], _sum: { paperCount: true }, orderBy: { date: "desc" }, take: horizon });
  const counts = new Map(rows.map((r) => [r.date, r._sum.paperCount ?? 0]));
  const latest = rows[0]?.date;
  const earliest = rows.at(-1)?.date;
  if (!latest || !earliest) return [];
  return daysBetween(earliest, latest).map((day) => ({ day, papers: counts.get(day) ?? 0 }));
}

/** A topic's digest appearances per ISO week, over its last `weeks` active weeks (gaps included). */
export async function listTopicActivity(topicSlug: string, weeks = 26): Promise<WeekCount[]> {
  const rows = await getDb().$queryRaw<{ day: string; n: bigint | number }[]>`
    SELECT d."date" AS day, COUNT(*) AS n
    FROM "DigestEntry" e
    JOIN "Digest" d ON d."id" = e."digestId"
    JOIN "PaperTopic" pt ON pt."paperId" = e."paperId"
    JOIN "Topic" t ON t."id" = pt."topicId"
    WHERE t."slug" = ${topicSlug}
    GROUP BY d."date"`;
  if (rows.length === 0) return [];
  const perWeek = new Map<string, number>();
  for (const r of rows) perWeek.set(isoWeekOf(r.day), (perWeek.get(isoWeekOf(r.day)) ?? 0) + Number(r.n));
  const days = rows.map((r) => r.day).sort();
  const allWeeks = [...new Set(daysBetween(days[0]!, days.at(-1)!).map(isoWeekOf))];
  return allWeeks.slice(-weeks).map((week) => ({ week, papers: perWeek.get(week) ?? 0 }));
}
