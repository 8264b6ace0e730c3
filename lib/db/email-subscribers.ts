// Named queries for email subscribers: the double opt-in, follows mail tied to an account, unsubscribing.
// Rows tied to an account are read and changed by the owner's user id.
import "server-only";
import type { Db } from "./client";

type Frequency = "daily" | "weekly";

/** The subscriber row linked to this account, if any. */
export async function findSubscriberOfUser(db: Db, userId: string) {
  return db.emailSubscriber.findUnique({ where: { userId } });
}

/** The account's address and whether it proved it (better-auth's mailed link or a reset link). */
export async function getUserAddress(
  db: Db,
  userId: string,
): Promise<{ email: string; emailVerified: boolean } | null> {
  return db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true } });
}

export async function findSubscriberByEmail(db: Db, email: string) {
  return db.emailSubscriber.findUnique({
    where: { email },
    select: { id: true, userId: true, status: true, followsConfirmedAt: true },
  });
}

/** Follows mail on at `frequency` for the owner's already-confirmed subscriber row. */
export async function setFollowsFrequency(
  db: Db,
  userId: string,
  subscriberId: string,
  frequency: Frequency,
): Promise<void> {
  await db.emailSubscriber.updateMany({
    where: { id: subscriberId, userId },
    data: { follows: true, followsFrequency: frequency },
  });
}

/**
 * Links the owner's proven address and turns follows mail on, even after an earlier unsubscribe (the
 * trending part stays as it was); a row linked under an earlier address lets go.
 */
export async function linkConfirmedFollows(
  db: Db,
  userId: string,
  email: string,
  frequency: Frequency,
  now: Date,
  newId: string,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.emailSubscriber.updateMany({
      where: { userId, NOT: { email } },
      data: { userId: null, follows: false, followsConfirmedAt: null },
    });
    await tx.emailSubscriber.upsert({
      where: { email },
      create: {
        id: newId,
        email,
        frequency,
        followsFrequency: frequency,
        status: "active",
        trending: false,
        userId,
        follows: true,
        followsConfirmedAt: now,
        confirmedAt: now,
      },
      update: {
        userId,
        status: "active",
        unsubscribedAt: null,
        follows: true,
        followsConfirmedAt: now,
        followsFrequency: frequency,
      },
    });
  });
}

/** Links the address to the account pending proof (nonce set); returns the subscriber id. */
export async function linkPendingFollows(
  db: Db,
  userId: string,
  email: string,
  frequency: Frequency,
  nonce: string,
  newId: string,
): Promise<string> {
  const linked = await db.$transaction(async (tx) => {
    // One address per account: a row linked under an earlier address lets go (its follows stop).
    await tx.emailSubscriber.updateMany({
      where: { userId, NOT: { email } },
      data: { userId: null, follows: false, followsConfirmedAt: null },
    });
    // Proof starts over: another account's does not carry over, and after an unsubscribe it is spent.
    return tx.emailSubscriber.upsert({
      where: { email },
      create: {
        id: newId,
        email,
        frequency,
        followsFrequency: frequency,
        status: "pending",
        trending: false,
        userId,
        confirmNonce: nonce,
      },
      // followsFrequency only shapes follows mail, which stays off until the link is opened.
      update: { userId, confirmNonce: nonce, follows: false, followsConfirmedAt: null, followsFrequency: frequency },
      select: { id: true },
    });
  });
  return linked.id;
}

/** Stops the owner's follows mail; a never-confirmed request is withdrawn by unlinking. */
export async function turnOffFollows(db: Db, userId: string): Promise<void> {
  await db.emailSubscriber.updateMany({
    where: { userId, followsConfirmedAt: null },
    data: { userId: null, follows: false },
  });
  await db.emailSubscriber.updateMany({ where: { userId }, data: { follows: false } });
}

/** Creates a pending subscriber or replaces the nonce of an existing one; returns its id. */
export async function upsertPendingSubscriber(
  db: Db,
  email: string,
  frequency: Frequency,
  nonce: string,
  newId: string,
): Promise<string> {
  const row = await db.emailSubscriber.upsert({
    where: { email },
    create: { id: newId, email, frequency, status: "pending", trending: false, confirmNonce: nonce },
    update: { confirmNonce: nonce },
    select: { id: true },
  });
  return row.id;
}

/**
 * Compare-and-set on the nonce: turns on what the link names only while it is the newest link (and, for
 * follows, while the address is still linked to `userId`). True when it did.
 */
export async function confirmWithNonce(
  db: Db,
  link: { id: string; nonce: string; userId?: string },
  turnOn: {
    follows?: boolean;
    followsConfirmedAt?: Date;
    followsFrequency?: Frequency;
    trending?: boolean;
    frequency?: Frequency;
  },
  now: Date,
): Promise<boolean> {
  const updated = await db.emailSubscriber.updateMany({
    where: { id: link.id, confirmNonce: link.nonce, ...(link.userId === undefined ? {} : { userId: link.userId }) },
    data: { status: "active", confirmNonce: null, confirmedAt: now, unsubscribedAt: null, ...turnOn },
  });
  return updated.count === 1;
}

export async function getSubscriberState(db: Db, id: string) {
  return db.emailSubscriber.findUnique({
    where: { id },
    select: { status: true, frequency: true, followsFrequency: true, trending: true, follows: true },
  });
}

/** Both parts of the mail stop: the trending digest and the account's follows. */
export async function markUnsubscribed(db: Db, id: string, now: Date): Promise<void> {
  await db.emailSubscriber.updateMany({
    where: { id, status: { not: "unsubscribed" } },
    data: { status: "unsubscribed", unsubscribedAt: now, confirmNonce: null, trending: false, follows: false },
  });
}
