// Named queries for digest mail: who is due for a period, and each delivery's state (none → sending → sent | failed).
import "server-only";
import type { Db } from "./client";

type DeliveryKey = { subscriberId: string; period: string };
const whereOf = (key: DeliveryKey) => ({ subscriberId_period: key });

/** Active subscribers with a part of the mail due at this frequency (trending and follows each at their own). */
export async function listDueSubscribers(db: Db, kind: string) {
  return db.emailSubscriber.findMany({
    where: {
      status: "active",
      OR: [
        { trending: true, frequency: kind },
        { follows: true, followsFrequency: kind, userId: { not: null } },
      ],
    },
    select: {
      id: true,
      email: true,
      trending: true,
      frequency: true,
      follows: true,
      followsFrequency: true,
      forYou: true,
      userId: true,
    },
    orderBy: { id: "asc" },
  });
}

export async function getDelivery(db: Db, key: DeliveryKey): Promise<{ state: string; attempts: number } | null> {
  return db.emailDelivery.findUnique({ where: whereOf(key), select: { state: true, attempts: true } });
}

/** Records a new attempt in `state` (the first creates the row with its Message-ID). */
export async function recordAttempt(
  db: Db,
  key: DeliveryKey,
  messageId: string,
  state: "sending" | "failed",
  error: string | null = null,
): Promise<void> {
  await db.emailDelivery.upsert({
    where: whereOf(key),
    create: { ...key, attempts: 1, messageId, state, ...(error === null ? {} : { error }) },
    update: { attempts: { increment: 1 }, state, error },
  });
}

/** Moves the current attempt to its outcome. */
export async function settleDelivery(
  db: Db,
  key: DeliveryKey,
  outcome: { state: "sent" } | { state: "failed"; error: string },
): Promise<void> {
  await db.emailDelivery.update({ where: whereOf(key), data: outcome });
}
