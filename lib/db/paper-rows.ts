// Bulk SQL for one batch of papers. Raw multi-row statements, because Prisma's createMany over the
// driver adapter took ~1.8 s per 500 papers here against ~10 ms for the same INSERT.
import "server-only";
import { deleteWhereIn, insertRows, type Tx, type Value } from "./bulk-sql";
import type { PaperWrite } from "./paper-writes";

export type { Tx };

/** DateTime as Prisma's SQLite adapter stores it, so text comparisons (indexedAt < updatedAt) hold. */
export function sqlTime(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

const PAPER_COLUMNS = [
  "id",
  "slug",
  "arxivId",
  "arxivVersion",
  "title",
  "titleKey",
  "abstract",
  "publishedAt",
  "doi",
  "journalRef",
  "comments",
  "keywords",
  "source",
  "contentHash",
];

/** Inserts new papers and replaces the metadata of existing ones (slug, digest fields and createdAt stay). */
export async function upsertPapers(tx: Tx, writes: PaperWrite[], now: Date): Promise<void> {
  const time = sqlTime(now);
  const rows = writes.map((w): Value[] => [
    w.id,
    w.slug,
    w.arxivId,
    w.arxivVersion,
    w.title,
    w.titleKey,
    w.abstract,
    w.publishedAt,
    w.doi,
    w.journalRef,
    w.comments,
    JSON.stringify(w.keywords),
    w.source,
    w.contentHash,
    time,
    time,
  ]);
  const updates = [...PAPER_COLUMNS.filter((c) => c !== "id" && c !== "slug"), "updatedAt"].map(
    (c) => `"${c}" = excluded."${c}"`,
  );
  await insertRows(
    tx,
    "Paper",
    [...PAPER_COLUMNS, "createdAt", "updatedAt"],
    rows,
    `ON CONFLICT("id") DO UPDATE SET ${updates.join(", ")}`,
  );
}

/** Replaces links, topics, authors and categories of the written papers. */
export async function replaceChildren(
  tx: Tx,
  writes: PaperWrite[],
  topicIds: Map<string, number>,
  existingIds: string[],
): Promise<void> {
  for (const table of ["Link", "PaperTopic", "PaperAuthor", "PaperCategory"])
    await deleteWhereIn(tx, table, "paperId", existingIds);
  // ON CONFLICT DO NOTHING, not SQLite's INSERT OR IGNORE: both databases read it.
  await insertRows(
    tx,
    "Author",
    ["id", "name"],
    writes.flatMap((w) => w.authors.map((a) => [a.id, a.name])),
    "ON CONFLICT DO NOTHING",
  );
  await insertRows(
    tx,
    "Category",
    ["id"],
    writes.flatMap((w) => w.categories.map((c) => [c])),
    "ON CONFLICT DO NOTHING",
  );
  await insertRows(
    tx,
    "Link",
    ["paperId", "url", "kind"],
    writes.flatMap((w) => w.links.map((l) => [w.id, l.url, l.kind])),
  );
  const topics = writes.flatMap((w) =>
    w.topics.flatMap((t) => {
      const topicId = topicIds.get(t.slug);
      return topicId === undefined ? [] : [[w.id, topicId, t.reason]];
    }),
  );
  await insertRows(tx, "PaperTopic", ["paperId", "topicId", "reason"], topics);
  await insertRows(
    tx,
    "PaperAuthor",
    ["paperId", "authorId", "position"],
    writes.flatMap((w) => w.authors.map((a, i) => [w.id, a.id, i])),
  );
  await insertRows(
    tx,
    "PaperCategory",
    ["paperId", "categoryId", "position", "primary"],
    writes.flatMap((w) => w.categories.map((c, i) => [w.id, c, i, i === 0])),
  );
}
