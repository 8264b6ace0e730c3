// Does a request carry a better-auth session cookie? Pure and cheap: the proxy asks it on every
// browse request to choose between the cached anonymous page and the per-request render.
import { getSessionCookie } from "better-auth/cookies";

/**
 * better-auth's own reader: `better-auth.session_token`, or `__Secure-better-auth.session_token`
 * when the base URL is https. Presence only — an expired or forged cookie also gets the
 * per-request render, which then shows the anonymous page itself: never the cache's mistake.
 */
export function hasSessionCookie(headers: Headers): boolean {
  return getSessionCookie(headers) !== null;
}
