// Email digest subscriptions: request (double opt-in), confirm, unsubscribe. Follows mail for
// accounts (lib/email/follows-delivery.ts) goes through the same confirmation and unsubscribe.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import {
  confirmWithNonce,
  getSubscriberState,
  markUnsubscribed,
  upsertPendingSubscriber,
} from "@/lib/db/email-subscribers";
import { takeClientRateLimit, takeRateLimit } from "@/lib/rate-limit/limiter";
import type { RateLimitDecision } from "@/lib/rate-limit/token-bucket";
import { AppError } from "@/lib/errors";
import type { SubscribeInput } from "@/lib/validation/subscribe";
import { sendMail } from "./mailer";
import { renderConfirmationMail } from "./render-confirmation";
import { getAppSecret } from "@/lib/app-secret";
import { signToken, verifyConfirmToken, verifyUnsubscribeToken, type ConfirmScope } from "./tokens";
import { getAppUrl } from "@/lib/site-url";

export const CONFIRM_TTL_HOURS = 48;

const newId = (bytes: number) => randomBytes(bytes).toString("base64url");

/**
 * Counts one mail request against the client's address and against the email address (each mails
 * someone on request); a refusal says when to retry. The address bucket is taken only when the
 * client's allows, so one client hammering cannot use up someone else's address.
 */
export async function checkSubscribeRate(email: string, headers: Headers): Promise<RateLimitDecision> {
  const byClient = await takeClientRateLimit("subscribe", headers);
  if (!byClient.allowed) return byClient;
  return takeRateLimit("subscribe-address", email.trim().toLowerCase());
}

/**
 * Sends a confirmation link whatever the address's state (new, pending, active, unsubscribed), so
 * the response — and the work done — never tells a visitor whether an address is subscribed. Each
 * request replaces the nonce, so only the newest link confirms; the chosen frequency rides in the
 * signed link and applies on confirmation (an active subscriber keeps theirs until then).
 */
export async function requestSubscription(db: Db, input: SubscribeInput, now = new Date()): Promise<void> {
  const nonce = newId(16);
  const id = await upsertPendingSubscriber(db, input.email, input.frequency, nonce, newId(18));
  await sendConfirmation({ id, email: input.email }, { nonce, frequency: input.frequency, scope: "trending" }, now);
}

export type ConfirmOutcome = "confirmed" | "expired" | "invalid";

/**
 * What a confirmation link would turn on, read from its signature alone (no state changes: the page
 * a mailed link opens calls this, and only its button confirms). A link superseded by a newer mail
 * still reads as valid here; the POST finds out.
 */
export function describeConfirmLink(
  token: string,
  now = new Date(),
):
  | { ok: true; scope: ConfirmScope; frequency: SubscribeInput["frequency"] }
  | { ok: false; reason: "expired" | "invalid" } {
  const check = verifyConfirmToken(token, getAppSecret(), now);
  return check.ok ? { ok: true, scope: check.payload.w, frequency: check.payload.f } : check;
}

export async function confirmSubscription(db: Db, token: string, now = new Date()): Promise<ConfirmOutcome> {
  const check = verifyConfirmToken(token, getAppSecret(), now);
  if (!check.ok) return check.reason;
  const { s: id, n: nonce, f: frequency, w: scope, u: userId } = check.payload;
  if (scope === "follows" && !userId) return "invalid";
  // Compare-and-set on the nonce: a link works once, and only while it is the newest one. A follows
  // link also needs the address still linked to the account that asked for it.
  // Each kind of mail has its own frequency: confirming one leaves the other's alone.
  const turnOn =
    scope === "follows"
      ? { follows: true, followsConfirmedAt: now, followsFrequency: frequency }
      : { trending: true, frequency };
  if (await confirmWithNonce(db, { id, nonce, ...(scope === "follows" ? { userId } : {}) }, turnOn, now))
    return "confirmed";
  // A second click on the link that just worked is still a success for the person clicking.
  const row = await getSubscriberState(db, id);
  const on =
    scope === "follows"
      ? row?.follows && row.followsFrequency === frequency
      : row?.trending && row.frequency === frequency;
  return row?.status === "active" && on ? "confirmed" : "invalid";
}

/** Sends the double opt-in mail for a subscriber whose confirmNonce was just set to `nonce`. */
export async function sendConfirmation(
  to: { id: string; email: string },
  link: { nonce: string; frequency: SubscribeInput["frequency"]; scope: ConfirmScope; userId?: string },
  now: Date,
): Promise<void> {
  const expires = Math.floor(now.getTime() / 1000) + CONFIRM_TTL_HOURS * 3600;
  const token = signToken(
    { p: "confirm", s: to.id, n: link.nonce, f: link.frequency, e: expires, w: link.scope, u: link.userId },
    getAppSecret(),
  );
  const baseUrl = getAppUrl();
  const mail = renderConfirmationMail({
    // A page with a button, not an action: mail scanners that open links must not confirm.
    confirmUrl: `${baseUrl}/subscribe/confirm?token=${token}`,
    frequency: link.frequency,
    scope: link.scope,
    expiresInHours: CONFIRM_TTL_HOURS,
    baseUrl,
  });
  try {
    await sendMail({ to: to.email, ...mail });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("MAIL_UNAVAILABLE", "The confirmation mail could not be sent; please try again later.", {
      cause: error,
    });
  }
}

/** True when the link is genuine (the subscriber is unsubscribed afterwards, whatever they were). */
export async function unsubscribe(db: Db, token: string, now = new Date()): Promise<boolean> {
  const check = verifyUnsubscribeToken(token, getAppSecret());
  if (!check.ok) return false;
  // Both parts of the mail stop: the trending digest and the account's follows.
  await markUnsubscribed(db, check.payload.s, now);
  return true;
}

export function unsubscribeUrls(subscriberId: string): { page: string; oneClick: string } {
  const token = signToken({ p: "unsubscribe", s: subscriberId }, getAppSecret());
  const base = getAppUrl();
  return { page: `${base}/unsubscribe?token=${token}`, oneClick: `${base}/api/unsubscribe?token=${token}` };
}
