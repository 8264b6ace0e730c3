// Follows by email for a signed-in account: turn on (at once for a confirmed address, else double
// opt-in to the account's address), change frequency, turn off, and what /follows may show about it.
import "server-only";
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import type { Frequency } from "@/lib/validation/subscribe";
import { sendConfirmation } from "./subscriptions";

const newId = (bytes: number) => randomBytes(bytes).toString("base64url");

/**
 * What the account may see. Only facts the account itself caused or proved: a trending subscription
 * of the same address by someone else is never shown, since an account's address may be unconfirmed.
 */
export type FollowsDelivery =
  | { state: "off"; email: string }
  | { state: "pending"; email: string; frequency: Frequency }
  | { state: "on"; email: string; frequency: Frequency; withTrending: boolean };

type Row = { userId: string | null; status: string; follows: boolean; followsConfirmedAt: Date | null; confirmNonce: string | null; frequency: string; followsFrequency: string; trending: boolean };

/** Pure: the account's view of the subscriber row linked to it (null: none). */
export function toFollowsDelivery(row: Row | null, account: { id: string; email: string }): FollowsDelivery {
  if (!row || row.userId !== account.id) return { state: "off", email: account.email };
  const frequency = row.followsFrequency === "weekly" ? "weekly" : "daily";
  if (row.status === "active" && row.follows && row.followsConfirmedAt) {
    // One mail only when both run at the same frequency; otherwise they come apart.
    return { state: "on", email: account.email, frequency, withTrending: row.trending && row.frequency === row.followsFrequency };
  }
  // Not yet proven and a link is out: the account's own request (a newer /subscribe request for the
  // address would have replaced that link; "send again" then mails a working one).
  return !row.followsConfirmedAt && row.confirmNonce ? { state: "pending", email: account.email, frequency } : { state: "off", email: account.email };
}

export async function getFollowsDelivery(account: { id: string; email: string }): Promise<FollowsDelivery> {
  const row = await getDb().emailSubscriber.findUnique({ where: { userId: account.id } });
  return toFollowsDelivery(row && row.email === account.email.toLowerCase() ? row : null, account);
}

/** The account confirmed this very address through better-auth's mailed link (or a reset link). */
async function hasConfirmedAddress(account: { id: string }, email: string): Promise<boolean> {
  const user = await getDb().user.findUnique({ where: { id: account.id }, select: { email: true, emailVerified: true } });
  return !!user && user.emailVerified && user.email.toLowerCase() === email;
}

/**
 * Turns follows mail on at `frequency` for the account's address. Mailed only once the address is
 * proven: if the account confirmed its address, or already proved it through a follows link (and
 * nobody unsubscribed since), it is on at once; otherwise a confirmation link goes to the address
 * and nothing is mailed until it is opened. Returns which of the two happened ("refused":
 * `mayMail` said no, nothing changed).
 */
export async function requestFollowsDelivery(
  account: { id: string; email: string },
  frequency: Frequency,
  options: { mayMail?: () => boolean | Promise<boolean>; now?: Date } = {},
): Promise<"on" | "sent" | "refused"> {
  const email = account.email.trim().toLowerCase();
  const db = getDb();
  const row = await db.emailSubscriber.findUnique({ where: { email }, select: { id: true, userId: true, status: true, followsConfirmedAt: true } });
  if (row && row.userId === account.id && row.status === "active" && row.followsConfirmedAt) {
    await db.emailSubscriber.update({ where: { id: row.id }, data: { follows: true, followsFrequency: frequency } });
    return "on";
  }
  const now = options.now ?? new Date();
  if (await hasConfirmedAddress(account, email)) {
    await db.$transaction(async (tx) => {
      await tx.emailSubscriber.updateMany({ where: { userId: account.id, NOT: { email } }, data: { userId: null, follows: false, followsConfirmedAt: null } });
      // The owner of the address asked: on, even after an earlier unsubscribe (the trending part stays as it was).
      await tx.emailSubscriber.upsert({
        where: { email },
        create: { id: newId(18), email, frequency, followsFrequency: frequency, status: "active", trending: false, userId: account.id, follows: true, followsConfirmedAt: now, confirmedAt: now },
        update: { userId: account.id, status: "active", unsubscribedAt: null, follows: true, followsConfirmedAt: now, followsFrequency: frequency },
      });
    });
    return "on";
  }
  // Only a request that mails counts against the rate limits (switching daily/weekly does not).
  if (options.mayMail && !(await options.mayMail())) return "refused";
  const nonce = newId(16);
  const linked = await db.$transaction(async (tx) => {
    // One address per account: a row linked under an earlier address lets go (its follows stop).
    await tx.emailSubscriber.updateMany({
      where: { userId: account.id, NOT: { email } },
      data: { userId: null, follows: false, followsConfirmedAt: null },
    });
    // Proof starts over: another account's does not carry over, and after an unsubscribe it is spent.
    return tx.emailSubscriber.upsert({
      where: { email },
      create: { id: newId(18), email, frequency, followsFrequency: frequency, status: "pending", trending: false, userId: account.id, confirmNonce: nonce },
      // followsFrequency only shapes follows mail, which stays off until the link is opened.
      update: { userId: account.id, confirmNonce: nonce, follows: false, followsConfirmedAt: null, followsFrequency: frequency },
      select: { id: true },
    });
  });
  await sendConfirmation({ id: linked.id, email }, { nonce, frequency, scope: "follows", userId: account.id }, now);
  return "sent";
}

/**
 * Stops follows mail for the account (the trending digest of the same address, if any, goes on).
 * A request never confirmed is withdrawn by unlinking: its link needs the link to this account.
 */
export async function turnOffFollowsDelivery(userId: string): Promise<void> {
  const db = getDb();
  await db.emailSubscriber.updateMany({ where: { userId, followsConfirmedAt: null }, data: { userId: null, follows: false } });
  await db.emailSubscriber.updateMany({ where: { userId }, data: { follows: false } });
}
