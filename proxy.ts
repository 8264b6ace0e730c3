// Serves anonymous visitors the cached trending and topic pages (issue 6 #7), and URLs naming a paper,
// topic or shared collection that does not exist the server-rendered not-found page (see
// lib/db/url-targets.ts). Only the paths in `matcher` reach this function: static files, `/_next/*` and
// every other page pay nothing.
import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { isCachedPath, toCachedPath } from "@/lib/cache/browse-cache";
import { urlTargetExists } from "@/lib/db/url-targets";

/** Matches no route, so Next renders app/not-found.tsx into the HTML with status 404. */
const NOT_FOUND_PATH = "/404";

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, searchParams } = request.nextUrl;
  // The cached variant is reachable only through the rewrite below: one public URL per page, and no
  // way for anyone to fill the cache with keys the public URLs would never produce.
  if (isCachedPath(pathname)) return new NextResponse("Not found", { status: 404 });
  const read = request.method === "GET" || request.method === "HEAD";
  if (read && !(await urlTargetExists(pathname))) return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  // Form posts (server actions) and signed-in readers get the page rendered for them.
  if (!read || hasSessionCookie(request.headers)) return NextResponse.next();
  const target = toCachedPath(pathname, searchParams);
  if (!target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  url.search = "";
  const response = NextResponse.rewrite(url);
  // The public URL answers differently with a session cookie: no shared cache (CDN, proxy) may keep
  // this anonymous copy for a signed-in reader. The server-side cache is what makes it fast.
  response.headers.set("Cache-Control", "private, no-cache");
  return response;
}

export const config = {
  matcher: ["/", "/topics/:slug", "/papers/:slug", "/shared/:token", "/cached/:path*"],
};
