// Row mapping and bulk inserts for one batch of papers (children are replaced wholesale per paper).
import "server-only";
import type { Db } from "./client";
import type { PaperWrite } from "./paper-writes";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function paperRow(w: PaperWrite) {
  return {
    id: w.id,
    slug: w.slug,
    arxivId: w.arxivId,
    arxivVersion: w.arxivVersion,
    title: w.title,
    abstract: w.abstract,
    publishedAt: w.publishedAt,
    doi: w.doi,
    journalRef: w.journalRef,
    comments: w.comments,
    keywords: JSON.stringify(w.keywords),
    source: w.source,
    contentHash: w.contentHash,
  };
}

export async function insertChildren(tx: Tx, writes: PaperWrite[], topicIds: Map<string, number>): Promise<void> {
  const links = writes.flatMap((w) => w.links.map((l) => ({ paperId: w.id, url: l.url, kind: l.kind })));
  const topics = writes.flatMap((w) =>
    w.topics.flatMap((t) => {
      const topicId = topicIds.get(t.slug);
      return topicId === undefined ? [] : [{ paperId: w.id, topicId, reason: t.reason }];
    }),
  );
  const authors = writes.flatMap((w) => w.authors.map((a, position) => ({ paperId: w.id, authorId: a.id, position })));
  const categories = writes.flatMap((w) =>
    w.categories.map((categoryId, position) => ({ paperId: w.id, categoryId, position, primary: position === 0 })),
  );
  if (links.length > 0) await tx.link.createMany({ data: links });
  if (topics.length > 0) await tx.paperTopic.createMany({ data: topics });
  if (authors.length > 0) await tx.paperAuthor.createMany({ data: authors });
  if (categories.length > 0) await tx.paperCategory.createMany({ data: categories });
}

// SQLite allows 32,766 bound parameters per statement; stay well below.
const MAX_PARAMS = 10_000;

/** INSERT OR IGNORE of rows whose ids are derived (authors, categories): the first spelling stays. */
export async function insertOrIgnore(tx: Tx, table: "Author" | "Category", columns: string[], rows: string[][]): Promise<void> {
  const unique = [...new Map(rows.map((r) => [r[0], r])).values()];
  const perStatement = Math.floor(MAX_PARAMS / columns.length);
  for (let i = 0; i < unique.length; i += perStatement) {
    const chunk = unique.slice(i, i + perStatement);
    const placeholders = chunk.map(() => `(${columns.map(() => "?").join(", ")})`).join(", ");
    const cols = columns.map((c) => `"${c}"`).join(", ");
    await tx.$executeRawUnsafe(`INSERT OR IGNORE INTO "${table}" (${cols}) VALUES ${placeholders}`, ...chunk.flat());
  }
}
