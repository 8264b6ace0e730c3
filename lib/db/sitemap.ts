// Named read query for the sitemap: every paper's slug and digest day (small rows, no relations).
import "server-only";
import { getDb } from "./client";

export async function listPaperSlugs(): Promise<{ slug: string; digestDate: string }[]> {
  return getDb().paper.findMany({ select: { slug: true, digestDate: true }, orderBy: [{ digestDate: "desc" }, { rank: "asc" }] });
}
