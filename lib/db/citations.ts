// Papers as citation DTOs (lib/citation/types.ts). Authors: none stored yet (issue 3 adds them).
import "server-only";
import type { CitationPaper } from "@/lib/citation/types";
import { getDb } from "./client";
import { paperDay } from "./papers";

const select = { id: true, slug: true, title: true, abstract: true, arxivId: true, digestDate: true, publishedAt: true } as const;

/** In the order given; unknown ids are dropped. */
export async function listCitationPapers(ids: string[]): Promise<CitationPaper[]> {
  const rows = await getDb().paper.findMany({ where: { id: { in: ids } }, select });
  const byId = new Map(rows.map(({ publishedAt, ...r }) => [r.id, { ...r, digestDate: paperDay({ ...r, publishedAt }), authors: [] as string[] }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function getCitationPaperBySlug(slug: string): Promise<CitationPaper | null> {
  const row = await getDb().paper.findUnique({ where: { slug }, select });
  if (!row) return null;
  const { publishedAt, ...rest } = row;
  return { ...rest, digestDate: paperDay({ ...rest, publishedAt }), authors: [] };
}
