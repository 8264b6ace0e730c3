// /robots.txt: crawl pages, not the JSON API or search results; point at the sitemap.
import type { MetadataRoute } from "next";
import { getAppUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = getAppUrl();
  return { rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/search"] }, sitemap: `${base}/sitemap.xml` };
}
