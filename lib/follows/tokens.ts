// Private feed tokens for follows (and a reader's For you feed, with purpose "for-you"):
// "<id>.<HMAC(purpose:id:version)>", verified in constant time.
// Nothing secret is stored: the token is recomputed from the follow's id and version, and revoking
// a feed URL bumps the version so the old token no longer verifies.
import { hmac, macsEqual } from "@/lib/domain/signing";

/** What a token opens: the purpose is signed, so a follow's token never opens a For you feed or the reverse. */
export type FeedTokenPurpose = "follow" | "for-you";

function mac(id: string, version: number, secret: string, purpose: FeedTokenPurpose): Buffer {
  return hmac(`${purpose}:${id}:${version}`, secret);
}

export function followFeedToken(
  follow: { id: string; version: number },
  secret: string,
  purpose: FeedTokenPurpose = "follow",
): string {
  return `${follow.id}.${mac(follow.id, follow.version, secret, purpose).toString("base64url")}`;
}

/** The follow id a token claims, if its form is right (the MAC is checked against the stored version). */
export function followIdOfToken(token: string): string | null {
  const match = /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? match[1]! : null;
}

export function verifyFollowToken(
  token: string,
  follow: { id: string; version: number },
  secret: string,
  purpose: FeedTokenPurpose = "follow",
): boolean {
  const given = Buffer.from(token.split(".")[1] ?? "", "base64url");
  const expected = mac(follow.id, follow.version, secret, purpose);
  return token.startsWith(`${follow.id}.`) && macsEqual(given, expected);
}
