// The private For you feed's version per reader: part of its signed token, bumped to revoke the URL.
import "server-only";
import type { Db } from "./client";

/** The reader's current feed version, or null when there is no such reader. */
export async function getForYouFeedVersion(db: Db, userId: string): Promise<number | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { forYouFeedVersion: true } });
  return row?.forYouFeedVersion ?? null;
}

/** A new feed URL: the old token stops verifying. */
export async function rotateForYouFeed(db: Db, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { forYouFeedVersion: { increment: 1 } } });
}
