// Named queries for a user's collections, and the read-only view behind a share link.
import "server-only";
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import type { Db } from "./client";
import { paperDay } from "./papers";
import { Prisma } from "./generated/client";

export type CollectionSummary = { id: number; name: string; count: number; shareToken: string | null };

export async function listCollections(db: Db, userId: string): Promise<CollectionSummary[]> {
  const rows = await db.collection.findMany({
    where: { userId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, shareToken: true, _count: { select: { items: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, shareToken: r.shareToken, count: r._count.items }));
}

function duplicateName(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    throw new AppError("BAD_REQUEST", "You already have a collection with that name.");
  throw error;
}

export async function createCollection(db: Db, userId: string, name: string): Promise<number> {
  const row = await db.collection.create({ data: { userId, name }, select: { id: true } }).catch(duplicateName);
  return row.id;
}

/** Runs an update restricted to the owner's row; 0 rows = not theirs (404, existence not revealed). */
async function ownedUpdate(
  db: Db,
  userId: string,
  id: number,
  data: Prisma.CollectionUpdateManyMutationInput,
): Promise<void> {
  const { count } = await db.collection.updateMany({ where: { id, userId }, data }).catch(duplicateName);
  if (count === 0) throw new AppError("NOT_FOUND", "No such collection.");
}

export async function renameCollection(db: Db, userId: string, id: number, name: string): Promise<void> {
  await ownedUpdate(db, userId, id, { name });
}

export async function deleteCollection(db: Db, userId: string, id: number): Promise<void> {
  const { count } = await db.collection.deleteMany({ where: { id, userId } });
  if (count === 0) throw new AppError("NOT_FOUND", "No such collection.");
}

/** A new unguessable link (256 random bits); sharing again replaces, and so revokes, the old one. */
export async function shareCollection(db: Db, userId: string, id: number): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await ownedUpdate(db, userId, id, { shareToken: token });
  return token;
}

export async function revokeCollectionShare(db: Db, userId: string, id: number): Promise<void> {
  await ownedUpdate(db, userId, id, { shareToken: null });
}

export async function getOwnedCollection(
  db: Db,
  userId: string,
  id: number,
): Promise<{ id: number; name: string } | null> {
  return db.collection.findFirst({ where: { id, userId }, select: { id: true, name: true } });
}

export type SharedPaper = {
  id: string;
  slug: string;
  title: string;
  abstract: string;
  digestDate: string;
  arxivId: string | null;
};

/** What a share link shows: the collection's name and papers — never notes, tags or the owner. */
export async function getSharedCollection(
  db: Db,
  token: string,
): Promise<{ name: string; papers: SharedPaper[] } | null> {
  const row = await db.collection.findUnique({
    where: { shareToken: token },
    select: {
      name: true,
      items: {
        orderBy: { addedAt: "desc" },
        select: {
          bookmark: {
            select: {
              paper: {
                select: {
                  id: true,
                  slug: true,
                  title: true,
                  abstract: true,
                  digestDate: true,
                  publishedAt: true,
                  arxivId: true,
                },
              },
            },
          },
        },
      },
    },
  });
  if (!row) return null;
  return {
    name: row.name,
    papers: row.items.map(
      ({
        bookmark: {
          paper: { publishedAt, ...p },
        },
      }) => ({ ...p, digestDate: paperDay({ ...p, publishedAt }) }),
    ),
  };
}
