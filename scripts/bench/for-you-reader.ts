// The benchmark reader of `npm run bench:for-you`: a session, random bookmarks and a collection, written
// to SQLite directly (as an import would), and one more save at a time to make its model retrain.
import { randomUUID } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { makeSignature } from "better-auth/crypto";
import { loadOrCreateAuthSecret } from "@/lib/auth/secret";
import { seededRandom } from "@/lib/domain/seeded-random";

export type BenchReader = {
  userId: string;
  cookie: string;
  papers: number;
  collectionId: number;
  /** Papers not saved yet, saved one by one to make the model retrain. */
  spares: string[];
};

const SPARES = 40;

/** A reader with `saves` random bookmarks, `collectionSize` of them also in one collection. */
export async function seedReader(dataDir: string, saves: number, collectionSize: number): Promise<BenchReader> {
  const db = new Database(path.join(dataDir, "paperboard.db"));
  try {
    const ids = (db.prepare(`SELECT "id" FROM "Paper" ORDER BY "id"`).all() as { id: string }[]).map((r) => r.id);
    const random = seededRandom(17);
    const chosen = new Set<string>();
    while (chosen.size < Math.min(saves + SPARES, ids.length)) chosen.add(ids[Math.floor(random() * ids.length)]!);
    const spares = [...chosen].slice(0, SPARES);
    const saved = [...chosen].slice(SPARES);
    const userId = `bench${randomUUID().replace(/-/g, "")}`;
    const token = randomUUID().replace(/-/g, "");
    // Prisma's SQLite adapter stores DateTime as ISO 8601 text by default.
    const now = new Date().toISOString();
    const later = new Date(Date.now() + 86_400_000).toISOString();
    db.prepare(
      `INSERT INTO "User" ("id", "name", "email", "emailVerified", "createdAt", "updatedAt") VALUES (?, 'Bench', ?, 1, ?, ?)`,
    ).run(userId, `${userId}@example.test`, now, now);
    db.prepare(
      `INSERT INTO "Session" ("id", "token", "userId", "expiresAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(randomUUID(), token, userId, later, now, now);
    const collectionId = Number(
      db
        .prepare(`INSERT INTO "Collection" ("userId", "name", "createdAt", "updatedAt") VALUES (?, 'Bench', ?, ?)`)
        .run(userId, now, now).lastInsertRowid,
    );
    const bookmark = db.prepare(
      `INSERT INTO "Bookmark" ("userId", "paperId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`,
    );
    const item = db.prepare(`INSERT INTO "CollectionItem" ("collectionId", "bookmarkId", "addedAt") VALUES (?, ?, ?)`);
    db.transaction(() =>
      saved.forEach((id, i) => {
        const bookmarkId = bookmark.run(userId, id, now, now).lastInsertRowid;
        if (i < collectionSize) item.run(collectionId, bookmarkId, now);
      }),
    )();
    const secret = loadOrCreateAuthSecret(dataDir);
    return {
      userId,
      cookie: `better-auth.session_token=${encodeURIComponent(`${token}.${await makeSignature(token, secret)}`)}`,
      papers: ids.length,
      collectionId,
      spares,
    };
  } finally {
    db.close();
  }
}

/** Bookmarks the reader's next spare paper (what a click on "save" stores). */
export function saveOneMore(dataDir: string, reader: BenchReader): void {
  const paperId = reader.spares.shift();
  if (!paperId) throw new Error("the benchmark reader has no spare paper left to save");
  const db = new Database(path.join(dataDir, "paperboard.db"));
  try {
    const now = new Date().toISOString();
    db.prepare(`INSERT INTO "Bookmark" ("userId", "paperId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`).run(
      reader.userId,
      paperId,
      now,
      now,
    );
  } finally {
    db.close();
  }
}
