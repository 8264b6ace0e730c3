// Follows by email for a signed-in account: turn on (at once for a confirmed address, else double
// opt-in to the account's address), change frequency, turn off, and what /follows may show about it.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import {
  findSubscriberByEmail,
  findSubscriberOfUser,
  getUserAddress,
  linkConfirmedFollows,
  linkPendingFollows,
  setFollowsFrequency,
  turnOffFollows,
} from "@/lib/db/email-subscribers";
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

type Row = {
  userId: string | null;
  status: string;
  follows: boolean;
  followsConfirmedAt: Date | null;
  confirmNonce: string | null;
  frequency: string;
  followsFrequency: string;
  trending: boolean;
};

/** Pure: the account's view of the subscriber row linked to it (null: none). */
export function toFollowsDelivery(row: Row | null, account: { id: string; email: string }): FollowsDelivery {
  if (!row || row.userId !== account.id) return { state: "off", email: account.email };
  const frequency = row.followsFrequency === "weekly" ? "weekly" : "daily";
  if (row.status === "active" && row.follows && row.followsConfirmedAt) {
    // One mail only when both run at the same frequency; otherwise they come apart.
    return {
      state: "on",
      email: account.email,
      frequency,
      withTrending: row.trending && row.frequency === row.followsFrequency,
    };
  }
  // Not yet proven and a link is out: the account's own request (a newer /subscribe request for the
  // address would have replaced that link; "send again" then mails a working one).
  return !row.followsConfirmedAt && row.confirmNonce
    ? { state: "pending", email: account.email, frequency }
    : { state: "off", email: account.email };
}

export async function getFollowsDelivery(db: Db, account: { id: string; email: string }): Promise<FollowsDelivery> {
  const row = await findSubscriberOfUser(db, account.id);
  return toFollowsDelivery(row && row.email === account.email.toLowerCase() ? row : null, account);
}

/** The account confirmed this very address through better-auth's mailed link (or a reset link). */
async function hasConfirmedAddress(db: Db, account: { id: string }, email: string): Promise<boolean> {
  const user = await getUserAddress(db, account.id);
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
  db: Db,
  account: { id: string; email: string },
  frequency: Frequency,
  options: { mayMail?: () => boolean | Promise<boolean>; now?: Date } = {},
): Promise<"on" | "sent" | "refused"> {
  const email = account.email.trim().toLowerCase();
  const row = await findSubscriberByEmail(db, email);
  if (row && row.userId === account.id && row.status === "active" && row.followsConfirmedAt) {
    await setFollowsFrequency(db, account.id, row.id, frequency);
    return "on";
  }
  const now = options.now ?? new Date();
  if (await hasConfirmedAddress(db, account, email)) {
    await linkConfirmedFollows(db, account.id, email, frequency, now, newId(18));
    return "on";
  }
  // Only a request that mails counts against the rate limits (switching daily/weekly does not).
  if (options.mayMail && !(await options.mayMail())) return "refused";
  const nonce = newId(16);
  const linkedId = await linkPendingFollows(db, account.id, email, frequency, nonce, newId(18));
  await sendConfirmation({ id: linkedId, email }, { nonce, frequency, scope: "follows", userId: account.id }, now);
  return "sent";
}

/**
 * Stops follows mail for the account (the trending digest of the same address, if any, goes on).
 * A request never confirmed is withdrawn by unlinking: its link needs the link to this account.
 */
export async function turnOffFollowsDelivery(db: Db, userId: string): Promise<void> {
  await turnOffFollows(db, userId);
}
