// Queries of the sync's enrichment: which papers lack arXiv metadata, what a paper already carries
// that an arXiv record must not drop (links, keywords), and the record of what enrichment did.
import "server-only";
import type { Db } from "./client";

export type EnrichField = "authors" | "categories" | "publishedAt";
/** `arxivLink`: for a paper without an arXiv id, an arxiv.org link a digest gave it (abs or pdf). */
export type EnrichTarget = {
  paperId: string;
  arxivId: string | null;
  title: string;
  missing: EnrichField[];
  arxivLink: string | null;
};
export type Carried = { paperId: string; arxivId: string | null; links: string[]; keywords: string[] };
export type EnrichmentRecord = {
  paperId: string;
  source: string;
  outcome: "enriched" | "not-found";
  matchedBy: "id" | "title";
  arxivId: string | null;
  fields: EnrichField[];
  at: Date;
};

/** Relation loads bind one parameter per id: stay well below SQLite's limit. */
const CHUNK = 500;

const targetSelect = {
  id: true,
  arxivId: true,
  title: true,
  publishedAt: true,
  _count: { select: { authors: true, categories: true } },
  links: { where: { url: { contains: "arxiv.org/" } }, select: { url: true }, orderBy: { id: "asc" }, take: 1 },
} as const;

/**
 * Papers with an arXiv id missing categories, authors or a date, and papers without an id, newest first;
 * skipping those this source enriched, or found nothing for since `retryBefore`.
 */
export async function listPapersToEnrich(
  db: Db,
  options: { source: string; byId: number; byTitle: number; retryBefore: Date },
): Promise<{ ids: EnrichTarget[]; titles: EnrichTarget[] }> {
  const notTried = {
    enrichments: {
      none: { source: options.source, OR: [{ outcome: "enriched" }, { at: { gte: options.retryBefore } }] },
    },
  };
  const [ids, titles] = await Promise.all([
    db.paper.findMany({
      where: {
        arxivId: { not: null },
        OR: [{ categories: { none: {} } }, { authors: { none: {} } }, { publishedAt: null }],
        ...notTried,
      },
      select: targetSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: options.byId,
    }),
    db.paper.findMany({
      where: { arxivId: null, ...notTried },
      select: targetSelect,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: options.byTitle,
    }),
  ]);
  const toTarget = (p: (typeof ids)[number]): EnrichTarget => ({
    paperId: p.id,
    arxivId: p.arxivId,
    title: p.title,
    missing: [
      ...(p._count.authors === 0 ? (["authors"] as const) : []),
      ...(p._count.categories === 0 ? (["categories"] as const) : []),
      ...(p.publishedAt === null ? (["publishedAt"] as const) : []),
    ],
    arxivLink: p.links[0]?.url ?? null,
  });
  return { ids: ids.map(toTarget), titles: titles.map(toTarget) };
}

/** Stored links (in stored order) and keywords of the papers with these arXiv ids or paper ids. */
export async function listCarriedMetadata(
  db: Db,
  where: { arxivIds?: string[]; paperIds?: string[] },
): Promise<Carried[]> {
  const out: Carried[] = [];
  const select = {
    id: true,
    arxivId: true,
    keywords: true,
    links: { select: { url: true }, orderBy: { id: "asc" } },
  } as const;
  const read = async (key: "arxivId" | "id", values: string[]) => {
    for (let i = 0; i < values.length; i += CHUNK) {
      const rows = await db.paper.findMany({ where: { [key]: { in: values.slice(i, i + CHUNK) } }, select });
      for (const r of rows)
        out.push({
          paperId: r.id,
          arxivId: r.arxivId,
          links: r.links.map((l) => l.url),
          keywords: parseKeywords(r.keywords),
        });
    }
  };
  await read("arxivId", where.arxivIds ?? []);
  await read("id", where.paperIds ?? []);
  return out;
}

function parseKeywords(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === "string") : [];
  } catch {
    return [];
  }
}

/** The paper each arXiv id belongs to now (after an ingest merged records). */
export async function mapPaperIdsByArxivId(db: Db, arxivIds: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < arxivIds.length; i += CHUNK) {
    const rows = await db.paper.findMany({
      where: { arxivId: { in: arxivIds.slice(i, i + CHUNK) } },
      select: { id: true, arxivId: true },
    });
    for (const r of rows) if (r.arxivId) found.set(r.arxivId, r.id);
  }
  return found;
}

export async function recordEnrichments(db: Db, records: EnrichmentRecord[]): Promise<void> {
  if (records.length === 0) return;
  await db.$transaction(
    records.map((r) => {
      const data = {
        outcome: r.outcome,
        matchedBy: r.matchedBy,
        arxivId: r.arxivId,
        fields: r.fields.join(","),
        at: r.at,
      };
      return db.paperEnrichment.upsert({
        where: { paperId_source: { paperId: r.paperId, source: r.source } },
        create: { paperId: r.paperId, source: r.source, ...data },
        update: data,
      });
    }),
  );
}
