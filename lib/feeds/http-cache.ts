// Conditional GET for feeds: a strong ETag from the body, Last-Modified from the data, 304 on revalidation (RFC 9110 §13).
import { createHash } from "node:crypto";

export function toEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** HTTP dates have one-second precision: compare whole seconds. */
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 §13.2.2). ETags are
 * compared weakly (a W/ prefix from a proxy still matches), as GET revalidation allows.
 */
export function isNotModified(headers: Headers, etag: string, lastModified: Date): boolean {
  const inm = headers.get("if-none-match");
  if (inm !== null) {
    const tags = inm.split(",").map((t) => t.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(etag);
  }
  const ims = headers.get("if-modified-since");
  if (ims === null) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && seconds(lastModified) <= Math.floor(since / 1000);
}

/** True when the request revalidates a copy it holds: only the per-request route can answer it with 304. */
export function hasValidators(headers: Headers): boolean {
  return headers.has("if-none-match") || headers.has("if-modified-since");
}

/** Feed readers poll; let them and shared caches keep a copy briefly, then revalidate cheaply. */
export const FEED_CACHE_CONTROL = "public, max-age=300, must-revalidate";

/** A 200 with the body, or a 304 without it, both carrying the validators and cache policy. */
export function cachedResponse(request: Request, body: string, contentType: string, lastModified: Date): Response {
  const etag = toEtag(body);
  const headers = new Headers({
    ETag: etag,
    "Last-Modified": lastModified.toUTCString(),
    "Cache-Control": FEED_CACHE_CONTROL,
  });
  if (isNotModified(request.headers, etag, lastModified)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", contentType);
  return new Response(body, { status: 200, headers });
}
