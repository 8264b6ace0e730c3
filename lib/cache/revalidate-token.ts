// The token a tool outside the app sends it to drop its cached pages: short-lived, so a copied one soon dies.
import { z } from "zod";
import { signPayload, verifyPayload } from "@/lib/domain/signing";

const RevalidatePayloadSchema = z.object({ p: z.literal("revalidate"), e: z.number().int() });
export type RevalidatePayload = z.infer<typeof RevalidatePayloadSchema>;
export type RevalidateCheck = { ok: true; payload: RevalidatePayload } | { ok: false; reason: "invalid" | "expired" };

export function signRevalidateToken(payload: RevalidatePayload, secret: string): string {
  return signPayload(payload, secret);
}

export function verifyRevalidateToken(token: string, secret: string, now: Date): RevalidateCheck {
  const payload = verifyPayload(token, secret, RevalidatePayloadSchema);
  if (!payload) return { ok: false, reason: "invalid" };
  if (payload.e * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, payload };
}
