// Signed tokens for email links (confirm, unsubscribe): whoever holds a link can act on it, so only
// links this app signed verify, and only for the one subscriber and purpose they name.
import { z } from "zod";
import { signPayload, verifyPayload } from "@/lib/domain/signing";

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

export type ConfirmPayload = z.infer<typeof ConfirmPayloadSchema>;
export type ConfirmScope = ConfirmPayload["w"];
export type UnsubscribePayload = z.infer<typeof UnsubscribePayloadSchema>;
export type TokenCheck<T> = { ok: true; payload: T } | { ok: false; reason: "invalid" | "expired" };

export function signToken(payload: z.input<typeof ConfirmPayloadSchema> | UnsubscribePayload, secret: string): string {
  return signPayload(payload, secret);
}

export function verifyConfirmToken(token: string, secret: string, now: Date): TokenCheck<ConfirmPayload> {
  const payload = verifyPayload(token, secret, ConfirmPayloadSchema);
  if (!payload) return { ok: false, reason: "invalid" };
  if (payload.e * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, payload };
}

export function verifyUnsubscribeToken(token: string, secret: string): TokenCheck<UnsubscribePayload> {
  const payload = verifyPayload(token, secret, UnsubscribePayloadSchema);
  return payload ? { ok: true, payload } : { ok: false, reason: "invalid" };
}
