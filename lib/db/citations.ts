// Papers as citation DTOs (lib/citation/types.ts). Authors: none stored yet (issue 3 adds them).
import "server-only";
import type { CitationPaper } from "@/lib/citation/types";
import { getDb } from "./client";

const select = { id: true, slug: true, title: true, abstract: true, arxivId: true, digestDate: true } as const;

/** In the order given; unknown ids are dropped. */
export async function listCitationPapers(ids: string[]): Promise<CitationPaper[]> {
  const rows = await getDb().paper.findMany({ where: { id: { in: ids } }, select });
  const byId = new Map(rows.map((r) => [r.id, { ...r, authors: [] as string[] }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function getCitationPaperBySlug(slug: string): Promise<CitationPaper | null> {
  const row = await getDb().paper.findUnique({ where: { slug }, select });
  return row ? { ...row, authors: [] } : null;
}
