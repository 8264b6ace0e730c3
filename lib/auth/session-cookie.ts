// Does a request carry a better-auth session cookie — and did we sign it? Cheap and without the
// database: the proxy asks on every browse request to choose between the cached anonymous page and
// the per-request render, and getCurrentUser asks before looking a session up.
import { constantTimeEqual, makeSignature } from "better-auth/crypto";
import { getSessionCookie } from "better-auth/cookies";

/**
 * better-auth's own reader: `better-auth.session_token`, or `__Secure-better-auth.session_token`
 * when the base URL is https. Presence only.
 */
export function hasSessionCookie(headers: Headers): boolean {
  return getSessionCookie(headers) !== null;
}

/**
 * True when the session cookie is `<token>.<signature>` signed with `secret`, the way better-auth
 * (better-call's signed cookies) writes it: an HMAC-SHA256 of the token, base64. A made-up cookie
 * fails here, so it cannot buy a per-request render past the page cache. A genuine but expired or
 * revoked session still passes: its per-request render then shows the anonymous page itself.
 */
export async function hasSignedSessionCookie(headers: Headers, secret: string): Promise<boolean> {
  const value = getSessionCookie(headers);
  if (!value) return false;
  const dot = value.lastIndexOf(".");
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  // better-call's own shape check: a SHA-256 HMAC in padded base64 is 44 characters.
  if (dot < 1 || signature.length !== 44) return false;
  return constantTimeEqual(await makeSignature(token, secret), signature);
}
