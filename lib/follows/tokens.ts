// Private feed tokens for follows: "<id>.<HMAC(id:version)>", verified in constant time so a guessed
// feed URL leaks nothing.
// Nothing secret is stored: the token is recomputed from the follow's id and version, and revoking
// a feed URL bumps the version so the old token no longer verifies.
import { hmac, macsEqual } from "@/lib/domain/signing";

function mac(id: string, version: number, secret: string): Buffer {
  return hmac(`follow:${id}:${version}`, secret);
}

export function followFeedToken(follow: { id: string; version: number }, secret: string): string {
  return `${follow.id}.${mac(follow.id, follow.version, secret).toString("base64url")}`;
}

/** The follow id a token claims, if its form is right (the MAC is checked against the stored version). */
export function followIdOfToken(token: string): string | null {
  const match = /^([A-Za-z0-9_-]{16,64})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? match[1]! : null;
}

export function verifyFollowToken(token: string, follow: { id: string; version: number }, secret: string): boolean {
  const given = Buffer.from(token.split(".")[1] ?? "", "base64url");
  const expected = mac(follow.id, follow.version, secret);
  return token.startsWith(`${follow.id}.`) && macsEqual(given, expected);
}
