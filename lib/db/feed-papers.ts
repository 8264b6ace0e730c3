// Named queries for feeds and email digests: papers with their link URLs and topics.
import "server-only";
import type { Db } from "./client";
import { authorNamesSelect, paperDay, toAuthorNames } from "./papers";
import type { Prisma } from "./generated/client";

/** What a feed item or a digest mail needs of a paper (authors empty when the source gave none). */
export type FeedPaper = {
  id: string;
  slug: string;
  title: string;
  abstract: string;
  digestDate: string;
  rank: number;
  arxivId: string | null;
  updatedAt: Date;
  authors: string[];
  topics: { slug: string; name: string }[];
  links: { url: string; kind: string }[];
};

const feedSelect = {
  id: true,
  slug: true,
  title: true,
  abstract: true,
  digestDate: true,
  publishedAt: true,
  rank: true,
  arxivId: true,
  updatedAt: true,
  authors: authorNamesSelect,
  topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { name: "asc" } } },
  links: { select: { url: true, kind: true }, orderBy: { url: "asc" } },
} satisfies Prisma.PaperSelect;

type FeedRow = Prisma.PaperGetPayload<{ select: typeof feedSelect }>;

function toFeedPaper(row: FeedRow): FeedPaper {
  // publishedAt only feeds paperDay: the feed paper carries the resolved day, not both.
  const { publishedAt: _publishedAt, ...rest } = row;
  return {
    ...rest,
    digestDate: paperDay(row),
    rank: row.rank ?? 0,
    authors: toAuthorNames(row.authors),
    topics: row.topics.map((t) => t.topic),
  };
}

const order = [{ digestDate: "desc" }, { rank: "asc" }, { id: "asc" }] satisfies Prisma.PaperOrderByWithRelationInput[];

type DayRange = { from: string; to: string; topic?: string };

const betweenWhere = (range: DayRange) =>
  ({
    digestDate: { gte: range.from, lte: range.to },
    ...(range.topic ? { topics: { some: { topic: { slug: range.topic } } } } : {}),
  }) satisfies Prisma.PaperWhereInput;

/** Papers whose latest digest day is in [from, to] (inclusive days), newest day first, then rank. */
export async function listFeedPapersBetween(db: Db, range: DayRange & { limit: number }): Promise<FeedPaper[]> {
  const rows = await db.paper.findMany({
    where: betweenWhere(range),
    orderBy: order,
    select: feedSelect,
    take: range.limit,
  });
  return rows.map(toFeedPaper);
}

/** How many papers listFeedPapersBetween would list without a limit. */
export function countFeedPapersBetween(db: Db, range: DayRange): Promise<number> {
  return db.paper.count({ where: betweenWhere(range) });
}

/** A topic's newest papers in trending order. */
export async function listFeedPapersForTopic(db: Db, topic: string, limit: number): Promise<FeedPaper[]> {
  const rows = await db.paper.findMany({
    where: { topics: { some: { topic: { slug: topic } } } },
    orderBy: order,
    select: feedSelect,
    take: limit,
  });
  return rows.map(toFeedPaper);
}

/** Papers for ids returned by the search engine, in the order given (missing ids dropped). */
export async function listFeedPapersByIds(db: Db, ids: string[]): Promise<FeedPaper[]> {
  const rows = await db.paper.findMany({ where: { id: { in: ids } }, select: feedSelect });
  const byId = new Map(rows.map((r) => [r.id, toFeedPaper(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The newest `days` distinct digest days, newest first (the trending week is the last 7 of them). */
export async function listRecentDigestDays(db: Db, days: number): Promise<string[]> {
  // GROUP BY in SQL (Prisma's `distinct` would dedupe every paper row in memory).
  const rows = await db.paper.groupBy({
    by: ["digestDate"],
    where: { digestDate: { not: null } },
    orderBy: { digestDate: "desc" },
    take: days,
  });
  return rows.flatMap((r) => (r.digestDate ? [r.digestDate] : []));
}

/**
 * When the data behind any feed last changed: every change to papers comes from an ingest, so the
 * latest successful ingest bounds Last-Modified for all feeds (item dates alone would miss a paper
 * dropping out of a feed).
 */
export async function getDataChangedAt(db: Db): Promise<Date | null> {
  const run = await db.ingestRun.findFirst({
    where: { status: "succeeded" },
    orderBy: { finishedAt: "desc" },
    select: { finishedAt: true },
  });
  return run?.finishedAt ?? null;
}
