// Named read query for the sitemap: every paper's slug and digest day (small rows, no relations).
import "server-only";
import type { Db } from "./client";
import { paperDay } from "./papers";

export async function listPaperSlugs(db: Db): Promise<{ slug: string; digestDate: string }[]> {
  const rows = await db.paper.findMany({
    select: { slug: true, digestDate: true, publishedAt: true },
    orderBy: [{ digestDate: "desc" }, { rank: "asc" }],
  });
  return rows.map((r) => ({ slug: r.slug, digestDate: paperDay(r) }));
}
