// Named queries for For you's stored features: the vocabulary and one tf-idf vector per paper (lib/recs
// computes them; this file only stores and reads bytes).
import "server-only";
import { insertRows } from "./bulk-sql";
import type { Db } from "./client";
import { paperDay } from "./papers";

export type StoredVocabulary = { version: string; documents: number; json: string };

/** The current (newest) vocabulary, or null before the first fit. */
export async function getCurrentVocabulary(db: Db): Promise<StoredVocabulary | null> {
  return db.recsVocabulary.findFirst({
    orderBy: { createdAt: "desc" },
    select: { version: true, documents: true, json: true },
  });
}

/** The current vocabulary's version alone (cheap: the JSON runs to megabytes). */
export async function getCurrentVocabularyVersion(db: Db): Promise<string | null> {
  const row = await db.recsVocabulary.findFirst({ orderBy: { createdAt: "desc" }, select: { version: true } });
  return row?.version ?? null;
}

/** How many papers the current vocabulary was fitted on, or null before the first fit. */
export async function getCurrentVocabularyDocuments(db: Db): Promise<number | null> {
  const row = await db.recsVocabulary.findFirst({ orderBy: { createdAt: "desc" }, select: { documents: true } });
  return row?.documents ?? null;
}

/** Stores a vocabulary and makes it current; older ones (and their vectors, lazily) are superseded. */
export async function saveVocabulary(db: Db, vocabulary: StoredVocabulary): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.recsVocabulary.deleteMany({ where: { version: { not: vocabulary.version } } });
    await tx.recsVocabulary.upsert({
      where: { version: vocabulary.version },
      create: vocabulary,
      update: { createdAt: new Date() },
    });
  });
}

export type PaperText = { id: string; title: string; abstract: string; categories: string[] };

const textSelect = {
  id: true,
  title: true,
  abstract: true,
  categories: { select: { categoryId: true }, orderBy: { position: "asc" } },
} as const;

/** A page of every paper's text in id order, after `afterId`: what a vocabulary fit streams over. */
export async function listPaperTextPage(db: Db, afterId: string | null, limit: number): Promise<PaperText[]> {
  const rows = await db.paper.findMany({
    where: afterId === null ? undefined : { id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: limit,
    select: textSelect,
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    abstract: r.abstract,
    categories: r.categories.map((c) => c.categoryId),
  }));
}

export async function listPaperTexts(db: Db, ids: string[]): Promise<PaperText[]> {
  const out: PaperText[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.paper.findMany({ where: { id: { in: ids.slice(i, i + CHUNK) } }, select: textSelect });
    out.push(
      ...rows.map((r) => ({
        id: r.id,
        title: r.title,
        abstract: r.abstract,
        categories: r.categories.map((c) => c.categoryId),
      })),
    );
  }
  return out;
}

const CHUNK = 500;

/** The stored vectors of the given papers made with `version` (papers without one, or an older one, are absent). */
export async function listPaperVectors(
  db: Db,
  ids: readonly string[],
  version: string,
): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.paperVector.findMany({
      where: { paperId: { in: ids.slice(i, i + CHUNK) }, version },
      select: { paperId: true, bytes: true },
    });
    for (const r of rows) out.set(r.paperId, r.bytes);
  }
  return out;
}

/** Writes (or replaces) vectors, in one transaction per chunk (an upsert both SQLite and PostgreSQL read). */
export async function savePaperVectors(
  db: Db,
  version: string,
  vectors: ReadonlyMap<string, Uint8Array>,
): Promise<void> {
  const entries = [...vectors];
  for (let i = 0; i < entries.length; i += CHUNK) {
    const rows = entries.slice(i, i + CHUNK).map(([id, bytes]) => [id, version, bytes]);
    await db.$transaction((tx) =>
      insertRows(
        tx,
        "PaperVector",
        ["paperId", "version", "bytes"],
        rows,
        'ON CONFLICT ("paperId") DO UPDATE SET "version" = excluded."version", "bytes" = excluded."bytes"',
      ),
    );
  }
}

/** Ids of every paper with a vector of `version`: the pool background papers are sampled from. */
export async function listVectorPaperIds(db: Db, version: string): Promise<string[]> {
  const rows = await db.paperVector.findMany({
    where: { version },
    select: { paperId: true },
    orderBy: { paperId: "asc" },
  });
  return rows.map((r) => r.paperId);
}

/** The latest day any paper is shown under (digest day, else publication day). */
export async function getLatestPaperDay(db: Db): Promise<string | null> {
  const [digest, published] = await Promise.all([
    db.paper.findFirst({
      where: { digestDate: { not: null } },
      orderBy: { digestDate: "desc" },
      select: { digestDate: true, publishedAt: true },
    }),
    db.paper.findFirst({
      where: { publishedAt: { not: null } },
      orderBy: { publishedAt: "desc" },
      select: { digestDate: true, publishedAt: true },
    }),
  ]);
  const days = [digest?.digestDate, published?.publishedAt].filter((d): d is string => typeof d === "string");
  return days.sort().at(-1) ?? null;
}

/** Papers shown under a day in [from, to] (their digest day, or publication day when never in a digest), at most `limit`, newest first. */
export async function listRecentPaperIds(db: Db, from: string, to: string, limit: number): Promise<string[]> {
  const rows = await db.paper.findMany({
    where: {
      OR: [{ digestDate: { gte: from, lte: to } }, { digestDate: null, publishedAt: { gte: from, lte: to } }],
    },
    select: { id: true, digestDate: true, publishedAt: true },
    orderBy: { id: "desc" },
    take: limit,
  });
  return rows.sort((a, b) => paperDay(b).localeCompare(paperDay(a))).map((r) => r.id);
}
