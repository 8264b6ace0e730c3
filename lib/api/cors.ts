// Cross-origin reads of the public API, pure: any origin may read (GET/HEAD, preflight OPTIONS), and
// nothing rides on cookies — a library read carries its own bearer token — so no credentials.
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Expose-Headers": "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Retry-After",
  "Access-Control-Max-Age": "86400",
};

export function isPublicApiPath(pathname: string): boolean {
  return pathname === "/api/openapi.json" || pathname.startsWith("/api/v1/");
}
