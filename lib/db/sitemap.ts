// Named read query for the sitemap: every paper's slug and digest day (small rows, no relations).
import "server-only";
import { getDb } from "./client";
import { paperDay } from "./papers";

export async function listPaperSlugs(): Promise<{ slug: string; digestDate: string }[]> {
  const rows = await getDb().paper.findMany({
    select: { slug: true, digestDate: true, publishedAt: true },
    orderBy: [{ digestDate: "desc" }, { rank: "asc" }],
  });
  return rows.map((r) => ({ slug: r.slug, digestDate: paperDay(r) }));
}
