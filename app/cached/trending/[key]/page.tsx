// `/` for anonymous visitors, cached (ISR): proxy.ts rewrites here; lib/cache/browse-cache.ts owns
// the key. Rendered on first request, never at build time (the database may still be empty then),
// and revalidated by votes, bookmarks and ingests (lib/cache/revalidate.ts), at worst after 5 minutes.
import { notFound } from "next/navigation";
import { TrendingPage, trendingMetadata } from "@/components/trending/trending-page";
import { fromCacheKey } from "@/lib/cache/browse-cache";

// force-static: headers()/cookies() read as empty, so nothing here can depend on the visitor.
export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): { key: string }[] {
  return [];
}

export const generateMetadata = trendingMetadata;

export default async function Page({ params }: { params: Promise<{ key: string }> }) {
  const query = fromCacheKey((await params).key);
  if (!query) notFound();
  return <TrendingPage searchParams={query} signedIn={false} />;
}
