// Anonymous GET /api/search answered by the web server itself, in front of Next.js (scripts/serve.ts).
// The search box sends one per pause in typing; Next's request handling, routing and proxy cost more
// CPU per search than everything else the app does for it, and at a few concurrent readers that CPU
// is taken from Meilisearch on the same cores (docs/search-performance.md). The answer is the
// route's: the same function (./search-api.ts), the same rate limit and its headers (proxy.ts's rule
// and bucket store, shared on globalThis), the same error and 429 JSON, next.config.js's headers, and
// Next's Vary and compression (what Next's `compression()` middleware does to its streamed answers:
// every body gzipped, or deflated, for a client that accepts it).
// A request with a session cookie (its viewer state needs better-auth) or any other method goes to Next.
import type { IncomingMessage, ServerResponse } from "node:http";
import { deflateSync, gzipSync } from "node:zlib";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import type { Db } from "@/lib/db/client";
import { CLIENT_ADDRESS_HEADER } from "@/lib/edge/client-address";
import { negotiateEncoding } from "@/lib/edge/compression";
import type { RequestHandler } from "@/lib/edge/server";
import { PREFETCH_HEADER } from "@/lib/edge/prefetch";
import { errorAnswer, type JsonAnswer } from "@/lib/http-json";
import { rateLimitHeaders } from "@/lib/rate-limit/headers";
import { takeClientRateLimit } from "@/lib/rate-limit/limiter";
import { classifyRequest } from "@/lib/rate-limit/policies";
import { tooManyRequests } from "@/lib/rate-limit/responses";
import { answerSearch } from "./search-api";

const PATH = "/api/search";
/** Only the path and query are read: the host never shapes the answer. */
const BASE = "http://localhost";
const anonymous = async () => null;
/**
 * What Next varies a route handler's answer on (its router headers:
 * next/dist/client/components/app-router-headers); proxy.ts's own refusals do not say it.
 */
const NEXT_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";
/** A GET of /api/search (exactly that path) without a better-auth session cookie. */
export function isAnonymousSearch(req: IncomingMessage): boolean {
  const url = req.url;
  if (req.method !== "GET" || !url?.startsWith(PATH) || (url.length > PATH.length && url[PATH.length] !== "?"))
    return false;
  const cookie = req.headers.cookie;
  return cookie === undefined || !hasSessionCookie(new Headers({ cookie }));
}

/**
 * `next` (Next's request handler) with anonymous searches answered before it. `db` is the web
 * server's own client; `configured` the headers next.config.js sets on /api/search
 * (lib/edge/configured-headers.ts).
 */
export function withSearchFastPath(next: RequestHandler, db: Db, configured: Record<string, string>): RequestHandler {
  return (req, res) => (isAnonymousSearch(req) ? serveSearch(req, res, db, configured) : next(req, res));
}

async function serveSearch(req: IncomingMessage, res: ServerResponse, db: Db, configured: Record<string, string>) {
  const url = `${BASE}${req.url}`;
  // What proxy.ts does for this path: the edge server's client address and prefetch mark decide.
  const headers = new Headers();
  for (const name of [CLIENT_ADDRESS_HEADER, PREFETCH_HEADER]) {
    const value = req.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  const limited = classifyRequest("GET", PATH, new URL(url).searchParams, headers);
  let stated: Record<string, string> = {};
  if (limited) {
    const decision = await takeClientRateLimit(limited.limit, headers);
    stated = rateLimitHeaders(decision);
    if (!decision.allowed) {
      const refusal = tooManyRequests({ answer: limited.answer, retryAfterSeconds: decision.retryAfterSeconds });
      const answer: JsonAnswer = { status: refusal.status, body: await refusal.json() };
      return send(req, res, answer, { ...configured, ...Object.fromEntries(refusal.headers), ...stated });
    }
  }
  let answer: JsonAnswer;
  try {
    answer = { status: 200, body: await answerSearch(db, url, anonymous) };
  } catch (error) {
    answer = errorAnswer(error);
  }
  send(req, res, answer, { ...configured, vary: NEXT_VARY, ...answer.headers, ...stated });
}

/** Header names in lower case, so a name given twice in different cases is sent once (the last wins). */
function send(req: IncomingMessage, res: ServerResponse, answer: JsonAnswer, headers: Record<string, string>): void {
  const json = Buffer.from(JSON.stringify(answer.body));
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  out["content-type"] = "application/json";
  out.vary = out.vary ? `${out.vary}, Accept-Encoding` : "Accept-Encoding";
  // The body is already whole: compressed in one call and sent in one write (compression()'s zlib
  // stream cost ~1.5 ms of CPU per search).
  const encoding = negotiateEncoding(req);
  const body = encoding === "gzip" ? gzipSync(json) : encoding === "deflate" ? deflateSync(json) : json;
  if (encoding) out["content-encoding"] = encoding;
  out["content-length"] = body.length;
  res.writeHead(answer.status, out);
  res.end(body);
}
