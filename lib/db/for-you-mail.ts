// Named queries for the For you part of a reader's follows mail (opt-in, on the account's own confirmed
// mail subscription: the address was proven by the follows confirmation).
import "server-only";
import type { Db } from "./client";

export type ForYouMail = { state: "unavailable" } | { state: "on" | "off"; frequency: string };

/** Whether the account's follows mail exists (confirmed, active) and includes For you. */
export async function getForYouMail(db: Db, userId: string): Promise<ForYouMail> {
  const row = await db.emailSubscriber.findFirst({
    where: { userId, status: "active", follows: true },
    select: { forYou: true, followsFrequency: true },
  });
  if (!row) return { state: "unavailable" };
  return { state: row.forYou ? "on" : "off", frequency: row.followsFrequency };
}

/** Turns For you in the account's follows mail on or off; false when there is no such mail to change. */
export async function setForYouMail(db: Db, userId: string, on: boolean): Promise<boolean> {
  const { count } = await db.emailSubscriber.updateMany({
    where: { userId, status: "active", follows: true },
    data: { forYou: on },
  });
  return count > 0;
}
