// Named queries for follows; every one that reads or changes a user's follows takes the owner's id.
import "server-only";
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Db } from "./client";

export type FollowKind = "topic" | "search" | "author";
export type FollowRow = {
  id: string;
  kind: FollowKind;
  target: string;
  label: string;
  version: number;
  email: boolean;
  createdAt: Date;
};

const select = {
  id: true,
  kind: true,
  target: true,
  label: true,
  version: true,
  email: true,
  createdAt: true,
} as const;
const toRow = (r: { kind: string } & Omit<FollowRow, "kind">): FollowRow => ({ ...r, kind: r.kind as FollowKind });

export async function listFollows(db: Db, userId: string): Promise<FollowRow[]> {
  const rows = await db.follow.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select });
  return rows.map(toRow);
}

/** Follows once: following the same thing again keeps the existing follow (and its feed URL). */
export async function addFollow(
  db: Db,
  userId: string,
  input: { kind: FollowKind; target: string; label: string },
): Promise<FollowRow> {
  const row = await db.follow.upsert({
    where: { userId_kind_target: { userId, kind: input.kind, target: input.target } },
    create: { id: randomBytes(16).toString("base64url"), userId, ...input },
    update: {},
    select,
  });
  return toRow(row);
}

export async function removeFollow(db: Db, userId: string, id: string): Promise<void> {
  const { count } = await db.follow.deleteMany({ where: { id, userId } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such follow.");
}

/** Revokes the follow's feed URL by moving to the next version; the old token stops verifying. */
export async function rotateFollowToken(db: Db, userId: string, id: string): Promise<void> {
  const { count } = await db.follow.updateMany({ where: { id, userId }, data: { version: { increment: 1 } } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such follow.");
}

/** Includes the follow in the owner's digest mail, or leaves it out. */
export async function setFollowEmail(db: Db, userId: string, id: string, email: boolean): Promise<void> {
  const { count } = await db.follow.updateMany({ where: { id, userId }, data: { email } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such follow.");
}

/** The follows a user has chosen to get by email, oldest first (the order of the mail's sections). */
export async function listEmailFollows(db: Db, userId: string): Promise<FollowRow[]> {
  const rows = await db.follow.findMany({
    where: { userId, email: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select,
  });
  return rows.map(toRow);
}

/** For the private feed route: the follow a token names, whoever owns it (the token is the credential). */
export async function getFollowById(db: Db, id: string): Promise<FollowRow | null> {
  const row = await db.follow.findUnique({ where: { id }, select });
  return row ? toRow(row) : null;
}

/** The slugs of the topics a user follows (for the narrowed trending page). */
export async function listFollowedTopicSlugs(db: Db, userId: string): Promise<string[]> {
  const rows = await db.follow.findMany({
    where: { userId, kind: "topic" },
    select: { target: true },
    orderBy: { target: "asc" },
  });
  return rows.map((r) => r.target);
}
