// Named read queries for topics.
import "server-only";
import type { Db } from "./client";

export type TopicSummary = { slug: string; name: string; description: string; paperCount: number };

export async function listTopicsWithCounts(db: Db): Promise<TopicSummary[]> {
  const rows = await db.topic.findMany({
    select: { slug: true, name: true, description: true, _count: { select: { papers: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map(({ _count, ...t }) => ({ ...t, paperCount: _count.papers }));
}

export async function getTopicBySlug(db: Db, slug: string): Promise<TopicSummary | null> {
  const row = await db.topic.findUnique({
    where: { slug },
    select: { slug: true, name: true, description: true, _count: { select: { papers: true } } },
  });
  if (!row) return null;
  const { _count, ...topic } = row;
  return { ...topic, paperCount: _count.papers };
}
