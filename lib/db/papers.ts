// Named read queries for papers; pages get small DTOs, never Prisma rows.
import "server-only";
import type { Db } from "./client";
import type { Prisma } from "./generated/client";

export type TopicRef = { slug: string; name: string };
export type PaperCard = {
  id: string;
  slug: string;
  title: string;
  abstract: string;
  digestDate: string;
  rank: number;
  topics: TopicRef[];
  linkKinds: string[];
  arxivId: string | null;
  /** The first CARD_AUTHORS authors, in paper order; authorCount says how many there are. */
  authors: AuthorRef[];
  authorCount: number;
  links: PaperLink[];
};
export type AuthorRef = { id: string; name: string };
/** Authors a card names before "et al.". */
export const CARD_AUTHORS = 3;
export type PaperLink = { url: string; kind: string };
export type PaperDetail = PaperCard & {
  source: string;
  doi: string | null;
  topicReasons: Record<string, string>;
};

/** A paper's author names in paper order: one select for every query that needs them. */
export const authorNamesSelect = {
  select: { author: { select: { name: true } } },
  orderBy: { position: "asc" },
} satisfies Prisma.Paper$authorsArgs;

export function toAuthorNames(rows: { author: { name: string } }[]): string[] {
  return rows.map((r) => r.author.name);
}

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  abstract: true,
  digestDate: true,
  rank: true,
  publishedAt: true,
  topics: { select: { topic: { select: { slug: true, name: true } } }, orderBy: { topic: { name: "asc" } } },
  arxivId: true,
  links: { select: { url: true, kind: true }, orderBy: { url: "asc" } },
  authors: {
    select: { author: { select: { id: true, name: true } } },
    orderBy: { position: "asc" },
    take: CARD_AUTHORS,
  },
} satisfies Prisma.PaperSelect;

type CardRow = Prisma.PaperGetPayload<{ select: typeof cardSelect }>;

/** The day a paper is shown under: its latest digest, else (catalogue-only papers) its publication day. */
export function paperDay(row: { digestDate: string | null; publishedAt: string | null }): string {
  return row.digestDate ?? row.publishedAt ?? "";
}

/**
 * How many authors each paper has (papers without authors are absent: read with `?? 0`): one grouped
 * count over the given papers' rows of PaperAuthor, whose key starts with paperId. Not Prisma's
 * relation `_count` in cardSelect: that aggregates the whole PaperAuthor table before joining
 * (https://github.com/prisma/orm/issues/23669), 0.5–2 s for any list of cards at 300k papers.
 */
export async function countAuthors(db: Db, paperIds: string[]): Promise<Map<string, number>> {
  if (paperIds.length === 0) return new Map();
  const rows = await db.paperAuthor.groupBy({
    by: ["paperId"],
    where: { paperId: { in: paperIds } },
    _count: { paperId: true },
  });
  return new Map(rows.map((r) => [r.paperId, r._count.paperId]));
}

/** Cards for rows of cardSelect, with their author counts (one query for all). */
export async function toCards(db: Db, rows: CardRow[]): Promise<PaperCard[]> {
  const counts = await countAuthors(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toCard(r, counts.get(r.id) ?? 0));
}

/** `authorCount` from countAuthors (or the length of a full author list). */
export function toCard(row: CardRow, authorCount: number): PaperCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    abstract: row.abstract,
    // Catalogue-only papers (never in a digest) show their publication day, unranked.
    digestDate: paperDay(row),
    rank: row.rank ?? 0,
    topics: row.topics.map((t) => t.topic),
    linkKinds: [...new Set(row.links.map((l) => l.kind))].sort(),
    arxivId: row.arxivId,
    authors: row.authors.map((a) => a.author),
    authorCount,
    links: row.links,
  };
}

/** Digest order: newest digest first, then the digest's own rank — stable, so a cursor never skips or repeats. */
const inSomeDigest = { digestDate: { not: null } } satisfies Prisma.PaperWhereInput;
const digestOrder = [
  { digestDate: "desc" },
  { rank: "asc" },
  { id: "asc" },
] satisfies Prisma.PaperOrderByWithRelationInput[];

export async function getLatestDigestDate(db: Db): Promise<string | null> {
  const latest = await db.paper.findFirst({
    where: inSomeDigest,
    orderBy: { digestDate: "desc" },
    select: { digestDate: true },
  });
  return latest?.digestDate ?? null;
}

/**
 * Papers in digest order (newest digest first, then its rank), optionally in one topic, paginated by the
 * last id seen. Not the trending score's order: that changes with every vote, and a cursor into it would
 * skip or repeat papers (docs/decisions.md).
 */
export async function listPapersInDigestOrder(
  db: Db,
  options: {
    topic?: string;
    limit: number;
    cursor?: string;
  },
): Promise<{ papers: PaperCard[]; nextCursor: string | null }> {
  const rows = await db.paper.findMany({
    where: { ...inSomeDigest, ...(options.topic ? { topics: { some: { topic: { slug: options.topic } } } } : {}) },
    orderBy: digestOrder,
    select: cardSelect,
    take: options.limit + 1,
    ...(options.cursor ? { cursor: { id: options.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, options.limit);
  const hasMore = rows.length > options.limit;
  return { papers: await toCards(db, page), nextCursor: hasMore ? (page.at(-1)?.id ?? null) : null };
}

export async function getPaperBySlug(db: Db, slug: string): Promise<PaperDetail | null> {
  const row = await db.paper.findUnique({
    where: { slug },
    select: {
      ...cardSelect,
      source: true,
      doi: true,
      authors: { select: { author: { select: { id: true, name: true } } }, orderBy: { position: "asc" } },
      topics: {
        select: { reason: true, topic: { select: { slug: true, name: true } } },
        orderBy: { topic: { name: "asc" } },
      },
    },
  });
  if (!row) return null;
  return {
    ...toCard(row, row.authors.length),
    source: row.source,
    doi: row.doi,
    topicReasons: Object.fromEntries(row.topics.map((t) => [t.topic.slug, t.reason])),
  };
}

/** Cards for ids returned by the search engine, in the order given (missing ids dropped). */
export async function listPapersByIds(db: Db, ids: string[]): Promise<PaperCard[]> {
  const rows = await db.paper.findMany({ where: { id: { in: ids } }, select: cardSelect });
  const byId = new Map((await toCards(db, rows)).map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
