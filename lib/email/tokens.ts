// Signed tokens for email links and the ingest → app revalidation call: payload.HMAC-SHA256,
// verified in constant time (issue 7: abuse; issue 6 #7).
import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

const FrequencySchema = z.enum(["daily", "weekly"]);

const ConfirmPayloadSchema = z.object({
  p: z.literal("confirm"),
  /** subscriber id */
  s: z.string().min(1),
  /** must equal the subscriber's current confirmNonce: one link per request, single use */
  n: z.string().min(1),
  f: FrequencySchema,
  /** expiry, seconds since the epoch */
  e: z.number().int(),
  /** what the link turns on: the trending digest (links older than follows mail carry none) or follows */
  w: z.enum(["trending", "follows"]).default("trending"),
  /** for follows: the account that asked; the link confirms only while the address is linked to it */
  u: z.string().min(1).optional(),
});
const UnsubscribePayloadSchema = z.object({ p: z.literal("unsubscribe"), s: z.string().min(1) });
/** A CLI asking the running app to drop its cached pages; short-lived, so a copied one soon dies. */
const RevalidatePayloadSchema = z.object({ p: z.literal("revalidate"), e: z.number().int() });

export type ConfirmPayload = z.infer<typeof ConfirmPayloadSchema>;
export type ConfirmScope = ConfirmPayload["w"];
export type UnsubscribePayload = z.infer<typeof UnsubscribePayloadSchema>;
export type RevalidatePayload = z.infer<typeof RevalidatePayloadSchema>;
export type TokenCheck<T> = { ok: true; payload: T } | { ok: false; reason: "invalid" | "expired" };

function mac(data: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(data).digest();
}

export function signToken(payload: z.input<typeof ConfirmPayloadSchema> | UnsubscribePayload | RevalidatePayload, secret: string): string {
  const data = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${data}.${mac(data, secret).toString("base64url")}`;
}

function verify<T>(token: string, secret: string, schema: z.ZodType<T>): T | null {
  const [data, sig, extra] = token.split(".");
  if (!data || !sig || extra !== undefined) return null;
  const expected = mac(data, secret);
  const given = Buffer.from(sig, "base64url");
  // timingSafeEqual needs equal lengths; the length of a MAC is no secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(data, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function verifyConfirmToken(token: string, secret: string, now: Date): TokenCheck<ConfirmPayload> {
  const payload = verify(token, secret, ConfirmPayloadSchema);
  if (!payload) return { ok: false, reason: "invalid" };
  if (payload.e * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, payload };
}

export function verifyUnsubscribeToken(token: string, secret: string): TokenCheck<UnsubscribePayload> {
  const payload = verify(token, secret, UnsubscribePayloadSchema);
  return payload ? { ok: true, payload } : { ok: false, reason: "invalid" };
}

export function verifyRevalidateToken(token: string, secret: string, now: Date): TokenCheck<RevalidatePayload> {
  const payload = verify(token, secret, RevalidatePayloadSchema);
  if (!payload) return { ok: false, reason: "invalid" };
  if (payload.e * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, payload };
}
