// /sitemap.xml: the browse pages, every topic and every paper, with absolute URLs from APP_URL.
// Search result pages are left out on purpose (robots.ts disallows them).
import type { MetadataRoute } from "next";
import { getDb } from "@/lib/db/client";
import { listPaperSlugs } from "@/lib/db/sitemap";
import { listTopicsWithCounts } from "@/lib/db/topics";
import { getAppUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const db = getDb();
  const base = getAppUrl();
  const [topics, papers] = await Promise.all([listTopicsWithCounts(db), listPaperSlugs(db)]);
  return [
    { url: `${base}/`, changeFrequency: "daily", priority: 1 },
    { url: `${base}/topics`, changeFrequency: "daily", priority: 0.8 },
    ...topics.map((t) => ({ url: `${base}/topics/${t.slug}`, changeFrequency: "daily" as const, priority: 0.7 })),
    ...papers.map((p) => ({
      url: `${base}/papers/${p.slug}`,
      lastModified: p.digestDate,
      changeFrequency: "monthly" as const,
      priority: 0.5,
    })),
  ];
}
