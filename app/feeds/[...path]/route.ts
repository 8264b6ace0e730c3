// GET /feeds/trending.{rss,atom,json}[?window=week], /feeds/topics/<slug>.<fmt>, /feeds/search.<fmt>?q=&topic=…
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { renderFeed } from "@/lib/feeds/build-feed";
import { FEED_CONTENT_TYPES, parseFeedPath } from "@/lib/feeds/feed-path";
import { cachedResponse } from "@/lib/feeds/http-cache";
import { loadFeed } from "@/lib/feeds/load-feed";
import { jsonError } from "@/lib/http";
import { getAppUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  try {
    const url = new URL(request.url);
    const parsed = parseFeedPath((await params).path, url.searchParams);
    if (!parsed) throw new AppError("NOT_FOUND", "No such feed. Try /feeds/trending.atom.");
    const { doc, lastModified } = await loadFeed(parsed.target, url.searchParams);
    const body = renderFeed(doc, parsed.format, getAppUrl());
    return cachedResponse(request, body, FEED_CONTENT_TYPES[parsed.format], lastModified);
  } catch (error) {
    return jsonError(error);
  }
}
