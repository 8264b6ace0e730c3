// Serves anonymous visitors the cached trending and topic pages (issue 6 #7). Only `/`,
// `/topics/<slug>` and the internal prefix reach this function (see `matcher`): static files,
// `/_next/*` and every other page pay nothing.
import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { isCachedPath, toCachedPath } from "@/lib/cache/browse-cache";

export function proxy(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  // The cached variant is reachable only through the rewrite below: one public URL per page, and no
  // way for anyone to fill the cache with keys the public URLs would never produce.
  if (isCachedPath(pathname)) return new NextResponse("Not found", { status: 404 });
  // Form posts (server actions) and signed-in readers get the page rendered for them.
  if ((request.method !== "GET" && request.method !== "HEAD") || hasSessionCookie(request.headers)) return NextResponse.next();
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
  matcher: ["/", "/topics/:slug", "/cached/:path*"],
};
