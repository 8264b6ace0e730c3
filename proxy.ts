// Runs before rendering, for the paths in `matcher` only (static files, `/_next/*` and every other
// page pay nothing): refuses clients past their rate limit (lib/rate-limit) with 429 before any
// work is done; serves the cached browse pages to anonymous visitors and to signed-in readers whose
// browser completes them with their own state, and the public feeds from the same cache; sends URLs naming a
// paper, topic or shared collection that does not exist to the server-rendered not-found page (see
// lib/db/url-targets.ts).
import { NextResponse, type NextRequest } from "next/server";
import { CORS_HEADERS, isPublicApiPath } from "@/lib/api/cors";
import { getAuthSecret } from "@/lib/auth/secret";
import { isCachedPath } from "@/lib/cache/browse-cache";
import { cachedVariantOf, mayServeCachedCopy } from "@/lib/cache/browse-route";
import { getDb } from "@/lib/db/client";
import { urlTargetExists } from "@/lib/db/url-targets";
import { takeClientRateLimit } from "@/lib/rate-limit/limiter";
import { rateLimitHeaders } from "@/lib/rate-limit/headers";
import { classifyRequest } from "@/lib/rate-limit/policies";
import { tooManyRequests } from "@/lib/rate-limit/responses";

/** Matches no route, so Next renders app/not-found.tsx into the HTML with status 404. */
const NOT_FOUND_PATH = "/404";

export async function proxy(request: NextRequest): Promise<Response> {
  const { pathname, searchParams } = request.nextUrl;
  // The cached variant is reachable only through the rewrite below: one public URL per page, and no
  // way for anyone to fill the cache with keys the public URLs would never produce.
  if (isCachedPath(pathname)) return new NextResponse("Not found", { status: 404 });
  // The public API: readable from any origin (lib/api/cors.ts), its preflight answered here.
  const cors = isPublicApiPath(pathname) ? CORS_HEADERS : {};
  if (request.method === "OPTIONS" && isPublicApiPath(pathname))
    return new Response(null, { status: 204, headers: cors });
  const limited = classifyRequest(request.method, pathname, searchParams, request.headers);
  if (limited) {
    const decision = await takeClientRateLimit(limited.limit, request.headers);
    const response = decision.allowed
      ? NextResponse.next()
      : tooManyRequests({ answer: limited.answer, retryAfterSeconds: decision.retryAfterSeconds });
    // Every limited answer states its limit, so a client can pace itself before it is refused.
    return withHeaders(response, { ...rateLimitHeaders(decision), ...cors });
  }
  if (isPublicApiPath(pathname)) return withHeaders(NextResponse.next(), cors);
  const read = request.method === "GET" || request.method === "HEAD";
  if (read && !(await urlTargetExists(getDb(), pathname)))
    return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  // Form posts (server actions) get the page rendered for them.
  if (!read) return NextResponse.next();
  const variant = cachedVariantOf(pathname, searchParams);
  if (!variant || !(await mayServeCachedCopy(variant, request.headers, getAuthSecret()))) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = variant.path;
  url.search = "";
  const response = NextResponse.rewrite(url);
  response.headers.set("Cache-Control", variant.cacheControl);
  return response;
}

function withHeaders<T extends Response>(response: T, headers: Readonly<Record<string, string>>): T {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    // Browse pages: the page cache and the not-found check.
    "/",
    "/topics",
    "/topics/:slug",
    "/papers/:slug",
    "/status",
    "/shared/:token",
    "/cached/:path*",
    // Public feeds: served from the page cache like the pages they follow.
    "/feeds/trending.rss",
    "/feeds/trending.atom",
    "/feeds/trending.json",
    "/feeds/topics/:file",
    // Rate-limited (lib/rate-limit/policies.ts says which requests of these count, and against what).
    "/search",
    "/api/search",
    "/feeds/search.rss",
    "/feeds/search.atom",
    "/feeds/search.json",
    "/similar",
    "/search/export",
    "/library/export",
    "/papers/:slug/opengraph-image:rest*",
    "/sign-in",
    "/sign-up",
    "/api/auth/sign-in/:path*",
    "/api/auth/sign-up/:path*",
    // The public API (CORS, rate limit and its headers).
    "/api/v1/:path*",
    "/api/openapi.json",
  ],
};
