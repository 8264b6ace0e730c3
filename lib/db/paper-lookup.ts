// Looks a paper up by its arXiv id (search jumps straight to it).
import "server-only";
import { paperIdFor } from "@/lib/domain/paper-identity";
import { getDb } from "./client";

export type PaperRef = { id: string; slug: string; title: string };

/** The paper with this arXiv id (any version), or null when Paperboard does not have it. */
export async function getPaperByArxivId(arxivId: string): Promise<PaperRef | null> {
  const id = paperIdFor({ arxivId, title: "" });
  return getDb().paper.findUnique({ where: { id }, select: { id: true, slug: true, title: true } });
}
