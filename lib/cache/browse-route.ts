// Which cached copy answers a browse read — one answer for proxy.ts (which rewrites the request to it
// inside Next) and for the web process's cached-page path (lib/cache/cached-page-server.ts, which
// answers from it before Next runs). Both must agree, or a page would differ by who served it.
import { hasSessionCookie, hasSignedSessionCookie } from "@/lib/auth/session-cookie";
import { FEED_CACHE_CONTROL, hasValidators } from "@/lib/feeds/http-cache";
import { toCachedPath } from "./browse-cache";
import { readReaderCookie } from "./reader-cookie";

/** The internal path of the cached variant, and the Cache-Control its public URL answers with. */
export type CachedVariant = { path: string; cacheControl: string; feed: boolean };

/**
 * The cached variant of a public URL, or null when it has none — pure, and asked first: most
 * requests stop here, before any header is read.
 */
export function cachedVariantOf(pathname: string, query: URLSearchParams): CachedVariant | null {
  const path = toCachedPath(pathname, query);
  if (!path) return null;
  const feed = pathname.startsWith("/feeds/");
  // A page's public URL answers differently to a signed-in reader without JavaScript: no shared cache
  // (CDN, proxy) may keep that copy. The server-side cache is what makes it fast. A feed is the same
  // for everyone and keeps the feed route's own policy.
  return { path, feed, cacheControl: feed ? FEED_CACHE_CONTROL : "private, no-cache" };
}

/**
 * Whether this GET or HEAD may get the cached variant, or must be rendered per request. Signed-in
 * readers whose browser has not shown it runs JavaScript (lib/cache/reader-cookie.ts) get the page
 * rendered for them: without it their buttons could not show their own state on the shared copy. Only
 * a session cookie we signed counts: a made-up one would otherwise make every anonymous request a full
 * render. Public feeds are one copy for everyone; a feed reader's revalidation (If-None-Match or
 * If-Modified-Since) goes to the per-request route, the only one that sees the validators to answer 304.
 */
export async function mayServeCachedCopy(
  variant: CachedVariant,
  headers: Headers,
  authSecret: string,
): Promise<boolean> {
  if (variant.feed) return !hasValidators(headers);
  if (readReaderCookie(headers.get("cookie"))) return true;
  return !(hasSessionCookie(headers) && (await hasSignedSessionCookie(headers, authSecret)));
}
