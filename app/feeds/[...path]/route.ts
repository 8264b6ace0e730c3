// GET /feeds/trending.{rss,atom,json}[?window=week], /feeds/topics/<slug>.<fmt>, /feeds/search.<fmt>?q=&topic=…,
// private follow feeds /feeds/follows/<token>.<fmt> and a reader's /feeds/for-you/<token>.<fmt> (the token is
// the credential; noindex, private cache).
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { renderFeed } from "@/lib/feeds/build-feed";
import { FEED_CONTENT_TYPES, parseFeedPath } from "@/lib/feeds/feed-path";
import { cachedResponse } from "@/lib/feeds/http-cache";
import { loadFeed } from "@/lib/feeds/load-feed";
import { resolveFollowFeed } from "@/lib/follows/feed";
import { loadForYouFeed } from "@/lib/recs/feed";
import { jsonError } from "@/lib/http";
import { getAppUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  try {
    const url = new URL(request.url);
    const segments = (await params).path;
    if (segments[0] === "follows" && segments.length === 2) return await followFeed(request, segments[1]!);
    if (segments[0] === "for-you" && segments.length === 2) return await forYouFeed(request, segments[1]!);
    const parsed = parseFeedPath(segments, url.searchParams);
    if (!parsed) throw new AppError("NOT_FOUND", "No such feed. Try /feeds/trending.atom.");
    const { doc, lastModified } = await loadFeed(getDb(), parsed.target, url.searchParams);
    const body = renderFeed(doc, parsed.format, getAppUrl());
    return cachedResponse(request, body, FEED_CONTENT_TYPES[parsed.format], lastModified);
  } catch (error) {
    return jsonError(error);
  }
}

async function forYouFeed(request: Request, file: string): Promise<Response> {
  const feed = await loadForYouFeed(getDb(), file);
  if (!feed) throw new AppError("NOT_FOUND", "No such feed.");
  const response = cachedResponse(
    request,
    renderFeed(feed.doc, feed.format, getAppUrl()),
    FEED_CONTENT_TYPES[feed.format],
    feed.doc.updated,
  );
  response.headers.set("Cache-Control", "private, no-cache");
  response.headers.set("X-Robots-Tag", "noindex");
  return response;
}

async function followFeed(request: Request, file: string): Promise<Response> {
  const db = getDb();
  const follow = await resolveFollowFeed(db, file);
  if (!follow) throw new AppError("NOT_FOUND", "No such feed: the link may have been revoked.");
  const { doc, lastModified } = await loadFeed(db, follow.target, follow.params);
  const body = renderFeed({ ...doc, title: `Paperboard — ${follow.label}` }, follow.format, getAppUrl());
  const response = cachedResponse(request, body, FEED_CONTENT_TYPES[follow.format], lastModified);
  response.headers.set("Cache-Control", "private, no-cache");
  response.headers.set("X-Robots-Tag", "noindex");
  return response;
}
