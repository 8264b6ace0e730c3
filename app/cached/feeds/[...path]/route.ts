// The public trending and topic feeds, cached (ISR): proxy.ts rewrites unconditional GETs here (a
// revalidating reader gets the per-request route of app/feeds and its 304). The same body, ETag and
// Last-Modified as that route. Revalidated with the pages (lib/cache/revalidate.ts), at worst after 5 minutes.
import { fromCachedFeedPath } from "@/lib/cache/feed-cache";
import { getDb } from "@/lib/db/client";
import { renderFeed } from "@/lib/feeds/build-feed";
import { FEED_CONTENT_TYPES } from "@/lib/feeds/feed-path";
import { cachedResponse } from "@/lib/feeds/http-cache";
import { loadFeed } from "@/lib/feeds/load-feed";
import { getAppUrl } from "@/lib/site-url";

export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): { path: string[] }[] {
  return [];
}

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const feed = fromCachedFeedPath((await params).path);
  if (!feed) return new Response("Not found", { status: 404 });
  const { doc, lastModified } = await loadFeed(getDb(), feed.target, feed.params);
  return cachedResponse(
    request,
    renderFeed(doc, feed.format, getAppUrl()),
    FEED_CONTENT_TYPES[feed.format],
    lastModified,
  );
}
