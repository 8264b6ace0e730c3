// The one HMAC-SHA256 token scheme: "<base64url JSON>.<base64url MAC>" for payloads, a bare MAC for ids,
// every check in constant time so a forger learns nothing from how long a comparison took.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { z } from "zod";

export function hmac(data: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(data).digest();
}

/** Constant-time equality of two MACs (unequal lengths are no secret, and simply differ). */
export function macsEqual(given: Buffer, expected: Buffer): boolean {
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** A JSON payload and its MAC, for links and calls that must come back unaltered. */
export function signPayload(payload: unknown, secret: string): string {
  const data = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${data}.${hmac(data, secret).toString("base64url")}`;
}

/** The payload of a token signed with `secret` that `schema` accepts; null for anything else. */
export function verifyPayload<T>(token: string, secret: string, schema: z.ZodType<T>): T | null {
  const [data, sig, extra] = token.split(".");
  if (!data || !sig || extra !== undefined) return null;
  if (!macsEqual(Buffer.from(sig, "base64url"), hmac(data, secret))) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(data, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
