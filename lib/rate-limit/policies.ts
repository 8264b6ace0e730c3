// Which requests are expensive enough to limit, and how hard — pure. Each class is one bucket per
// client: cheap searches share one, /similar (13 engine queries a request), citation exports, share
// images (rendered per request) and sign-in/sign-up each have their own, sized from the env.
import { PREFETCH_HEADER } from "@/lib/edge/prefetch";
import type { Env } from "@/lib/env";
import type { RateLimitPolicy } from "./token-bucket";

export type RateLimitClass =
  "search" | "similar" | "export" | "image" | "auth" | "subscribe" | "subscribe-address" | "account-mail";
export type RateLimitPolicies = Record<RateLimitClass, RateLimitPolicy>;

type LimitEnv = Pick<
  Env,
  | "SEARCH_RATE_LIMIT_PER_MINUTE"
  | "SEARCH_RATE_LIMIT_BURST"
  | "SIMILAR_RATE_LIMIT_PER_MINUTE"
  | "SIMILAR_RATE_LIMIT_BURST"
  | "EXPORT_RATE_LIMIT_PER_MINUTE"
  | "EXPORT_RATE_LIMIT_BURST"
  | "IMAGE_RATE_LIMIT_PER_MINUTE"
  | "IMAGE_RATE_LIMIT_BURST"
  | "AUTH_RATE_LIMIT_PER_MINUTE"
  | "AUTH_RATE_LIMIT_BURST"
  | "SUBSCRIBE_LIMIT_PER_IP"
  | "SUBSCRIBE_LIMIT_PER_ADDRESS"
>;

export const ACCOUNT_MAILS_PER_ADDRESS_PER_HOUR = 5;

/** Subscribe limits are "n an hour": a burst of n refilled over the hour. */
const perHour = (n: number): RateLimitPolicy => ({ perMinute: n / 60, burst: n });

export function policiesFromEnv(env: LimitEnv): RateLimitPolicies {
  return {
    search: { perMinute: env.SEARCH_RATE_LIMIT_PER_MINUTE, burst: env.SEARCH_RATE_LIMIT_BURST },
    similar: { perMinute: env.SIMILAR_RATE_LIMIT_PER_MINUTE, burst: env.SIMILAR_RATE_LIMIT_BURST },
    export: { perMinute: env.EXPORT_RATE_LIMIT_PER_MINUTE, burst: env.EXPORT_RATE_LIMIT_BURST },
    image: { perMinute: env.IMAGE_RATE_LIMIT_PER_MINUTE, burst: env.IMAGE_RATE_LIMIT_BURST },
    auth: { perMinute: env.AUTH_RATE_LIMIT_PER_MINUTE, burst: env.AUTH_RATE_LIMIT_BURST },
    subscribe: perHour(env.SUBSCRIBE_LIMIT_PER_IP),
    "subscribe-address": perHour(env.SUBSCRIBE_LIMIT_PER_ADDRESS),
    // Anyone can make us mail an address (sign up or ask for a reset with it): cap what it gets.
    "account-mail": perHour(ACCOUNT_MAILS_PER_ADDRESS_PER_HOUR),
  };
}

/** A limited request: its class, and whether its refusal is a page (HTML) or an API answer (JSON). */
export type LimitedRequest = { limit: RateLimitClass; answer: "page" | "json" };

const READ = new Set(["GET", "HEAD"]);

/**
 * The limit a request counts against, or null. Subscribe is limited where the body is read
 * (app/api/subscribe), since it also counts per email address. A plain /similar (no text) is the
 * empty form: it costs no query. Next's prefetch of a link (marked by the edge, lib/edge/prefetch.ts)
 * gets the route tree only, never the page's render — so a results page's dozens of facet links do
 * not spend the reader's searches, and claiming to be a prefetch buys nobody a search.
 */
export function classifyRequest(
  method: string,
  pathname: string,
  query: URLSearchParams,
  headers: Headers,
): LimitedRequest | null {
  if (READ.has(method)) {
    if (headers.get(PREFETCH_HEADER) === "1") return null;
    if (pathname === "/search") return { limit: "search", answer: "page" };
    if (pathname === "/api/search" || /^\/feeds\/search\.(?:rss|atom|json)$/.test(pathname))
      return { limit: "search", answer: "json" };
    // The public API's reads share the search bucket: one budget per client for the whole API.
    if (pathname.startsWith("/api/v1/")) return { limit: "search", answer: "json" };
    if (pathname === "/similar") return query.get("text")?.trim() ? { limit: "similar", answer: "page" } : null;
    if (pathname === "/search/export" || pathname === "/library/export") return { limit: "export", answer: "json" };
    if (/^\/papers\/[^/]+\/opengraph-image(?:[-/][^/]*)?$/.test(pathname)) return { limit: "image", answer: "json" };
    return null;
  }
  if (method === "POST") {
    if (/^\/api\/auth\/sign-(?:in|up)(?:\/|$)/.test(pathname)) return { limit: "auth", answer: "json" };
    // The no-JS sign-in and sign-up forms post their server actions to the page itself.
    if (pathname === "/sign-in" || pathname === "/sign-up") return { limit: "auth", answer: "page" };
  }
  return null;
}
