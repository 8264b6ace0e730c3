// The cookie saying "this browser runs JavaScript and fetches its reader's state itself" — pure, and
// read on both sides: proxy.ts serves a signed-in reader the cached page only when it is present
// (the page's bookmark and vote buttons then get their pressed state from GET /api/me/state), and a
// signed-in reader without it (no JavaScript) keeps the page rendered for them, which is always right.
// Its value is a random nonce set in the browser: per-reader state kept in the page's memory belongs
// to one value, and signing in or out clears it (lib/actions/account.ts), so a new reader starts empty.

export const READER_COOKIE = "pb-reader";
/** Only what the browser's own nonce can look like: anything else is ignored. */
const NONCE = /^[A-Za-z0-9_-]{8,64}$/;

/** The nonce in a Cookie header (or document.cookie), or null. Linear: one split, no regex over the header. */
export function readReaderCookie(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader || cookieHeader.length > 16_384) return null;
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== READER_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return NONCE.test(value) ? value : null;
  }
  return null;
}
