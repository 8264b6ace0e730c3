// Backup and restore end to end: `npm run backup` while readers keep saving papers and an ingest keeps
// writing, `npm run restore` into a fresh DATA_DIR, `npm start` on it — and everything of the backup's
// moment is back: users (they sign in, old sessions still valid), bookmarks with notes and tags,
// collections, follows, papers, and a search index rebuilt from the database.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { envFor, runCli } from "../../scripts/soak/cli";
import { FIXTURE } from "../../scripts/soak/corpus";
import {
  postAction,
  readActionIds,
  requireActionId,
  signIn,
  signUp,
  visitor,
  type Visitor,
} from "../../scripts/soak/visitor";
import { startApp, type AppServer } from "../setup/app-server";

const USERS = 3;
let source: AppServer;
let restored: AppServer | undefined;
let work: string;

beforeAll(async () => {
  source = await startApp({ TRUST_PROXY: "1" });
  work = mkdtempSync(path.join(os.tmpdir(), "paperboard-backup-test-"));
}, 240_000);
afterAll(async () => {
  await restored?.stop();
  await source?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** What a user can find again, as comparable strings: one set per kind of record. */
function readState(dataDir: string) {
  const db = new Database(path.join(dataDir, "paperboard.db"), { readonly: true, fileMustExist: true });
  const rows = (sql: string) => new Set((db.prepare(sql).all() as object[]).map((r) => JSON.stringify(r)));
  try {
    return {
      papers: rows(`SELECT id FROM Paper`),
      users: rows(`SELECT email, name FROM User`),
      bookmarks: rows(
        `SELECT u.email, b.paperId, b.note, b.readAt IS NOT NULL AS read, (SELECT group_concat(name, ',') FROM (SELECT name FROM BookmarkTag WHERE bookmarkId = b.id ORDER BY name)) AS tags FROM Bookmark b JOIN User u ON u.id = b.userId`,
      ),
      collections: rows(`SELECT u.email, c.name FROM Collection c JOIN User u ON u.id = c.userId`),
      collectionItems: rows(
        `SELECT u.email, c.name, b.paperId FROM CollectionItem i JOIN Collection c ON c.id = i.collectionId JOIN Bookmark b ON b.id = i.bookmarkId JOIN User u ON u.id = c.userId`,
      ),
      follows: rows(`SELECT u.email, f.kind, f.target FROM Follow f JOIN User u ON u.id = f.userId`),
    };
  } finally {
    db.close();
  }
}
type State = ReturnType<typeof readState>;

function queryOne<T>(dataDir: string, sql: string, ...args: (string | number)[]): T {
  const db = new Database(path.join(dataDir, "paperboard.db"), { readonly: true });
  try {
    return db.prepare(sql).get(...args) as T;
  } finally {
    db.close();
  }
}
const idOf = (dataDir: string, sql: string, ...args: string[]) => queryOne<{ id: number }>(dataDir, sql, ...args).id;

const email = (i: number) => `keeper${i}@example.test`;
const password = (i: number) => `correct horse keeper ${i}`;

/** A library worth restoring: two bookmarks with a note, tags and a collection, and a followed topic. */
async function fillLibrary(v: Visitor, i: number, paperIds: string[], topic: { slug: string; name: string }) {
  const ids = readActionIds();
  const action = (name: string) => requireActionId(ids, name);
  const expectRedirect = async (res: Promise<Response>, to: RegExp) =>
    expect((await res).headers.get("location") ?? "").toMatch(to);
  for (const paperId of paperIds)
    await expectRedirect(
      postAction(v, "/", action("lib/actions/bookmarks.ts#bookmarkFormAction"), { paperId, on: "true", returnTo: "/" }),
      /^\/$/,
    );
  await expectRedirect(
    postAction(v, "/library", action("lib/actions/library.ts#createCollectionAction"), {
      name: `Reading ${i}`,
      returnTo: "/library",
    }),
    /notice=created/,
  );
  const collectionId = idOf(
    source.dataDir,
    `SELECT c.id FROM Collection c JOIN User u ON u.id = c.userId WHERE u.email = ? AND c.name = ?`,
    email(i),
    `Reading ${i}`,
  );
  for (const paperId of paperIds) {
    const bookmarkId = idOf(
      source.dataDir,
      `SELECT b.id FROM Bookmark b JOIN User u ON u.id = b.userId WHERE u.email = ? AND b.paperId = ?`,
      email(i),
      paperId,
    );
    const fields = {
      bookmarkId: String(bookmarkId),
      note: `note of keeper ${i} on ${paperId}`,
      tags: `kept, k${i}`,
      read: "on",
      collections: [String(collectionId)],
      returnTo: "/library",
    };
    await expectRedirect(
      postAction(v, "/library", action("lib/actions/library.ts#saveBookmarkAction"), fields),
      /notice=saved/,
    );
  }
  const follow = { kind: "topic", target: topic.slug, label: topic.name, returnTo: "/follows" };
  await expectRedirect(
    postAction(v, "/follows", action("lib/actions/follows.ts#followAction"), follow),
    /notice=followed/,
  );
}

/** Adds only (new bookmarks, new collections) until stopped, so every earlier record must survive. */
async function keepAdding(v: Visitor, i: number, paperIds: string[], stopped: () => boolean): Promise<number> {
  const ids = readActionIds();
  let n = 0;
  for (; !stopped(); n++) {
    const paperId = paperIds[n % paperIds.length]!;
    await postAction(v, "/", requireActionId(ids, "lib/actions/bookmarks.ts#bookmarkFormAction"), {
      paperId,
      on: "true",
      returnTo: "/",
    });
    await postAction(v, "/library", requireActionId(ids, "lib/actions/library.ts#createCollectionAction"), {
      name: `during ${i}-${n}`,
      returnTo: "/library",
    });
  }
  return n;
}

function expectBetween(before: State, restoredState: State, after: State) {
  for (const kind of Object.keys(before) as (keyof State)[]) {
    expect([kind, [...before[kind]].filter((r) => !restoredState[kind].has(r))]).toEqual([kind, []]);
    expect([kind, [...restoredState[kind]].filter((r) => !after[kind].has(r))]).toEqual([kind, []]);
  }
}

describe("npm run backup, then npm run restore into a fresh DATA_DIR", () => {
  it("brings back everything of the backup's moment, taken while writes went on", async () => {
    const { papers } = (await (await fetch(`${source.url}/api/papers?limit=40`)).json()) as {
      papers: { id: string }[];
    };
    const { topics } = (await (await fetch(`${source.url}/api/topics`)).json()) as {
      topics: { slug: string; name: string }[];
    };
    const people = await Promise.all(
      Array.from({ length: USERS }, (_, i) => signUp(visitor(source.url, `10.88.0.${i + 1}`), email(i), password(i))),
    );
    for (const [i, v] of people.entries())
      await fillLibrary(v, i, [papers[2 * i]!.id, papers[2 * i + 1]!.id], topics[i]!);

    let stopped = false;
    const ingest = runCli("scripts/ingest.ts", [FIXTURE], envFor(source));
    const adding = Promise.all(
      people.map((v, i) =>
        keepAdding(
          v,
          i,
          papers.slice(10).map((p) => p.id),
          () => stopped,
        ),
      ),
    );
    // Back up once the ingest is writing papers, with the readers still saving.
    while (readState(source.dataDir).papers.size < papers.length + 500)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const before = readState(source.dataDir);
    const backup = await runCli("scripts/backup.ts", [path.join(work, "backup")], envFor(source));
    const after = readState(source.dataDir);
    stopped = true;
    const [ingested, added] = await Promise.all([ingest, adding]);
    expect(backup.code, backup.output).toBe(0);
    expect(ingested.code, ingested.output).toBe(0);
    // The backup really ran beside writes: the readers (who add until stopped) or the ingest wrote during it.
    // The ingest alone may finish its last batch just before the backup starts, so it cannot be the only witness.
    expect(after.collections.size + after.papers.size).toBeGreaterThan(before.collections.size + before.papers.size);
    expect(added.every((n) => n > 0)).toBe(true);

    const dataDir = path.join(work, "data");
    const restore = await runCli(
      "scripts/restore.ts",
      [path.join(work, "backup"), "--data-dir", dataDir],
      envFor(source),
    );
    expect(restore.code, restore.output).toBe(0);
    const again = await runCli(
      "scripts/restore.ts",
      [path.join(work, "backup"), "--data-dir", dataDir],
      envFor(source),
    );
    expect([again.code, again.output]).toEqual([1, expect.stringContaining("is not empty")]);

    restored = await startApp({ TRUST_PROXY: "1" }, { dataDir });
    const restoredState = readState(dataDir);
    expectBetween(before, restoredState, after);

    for (const [i, old] of people.entries()) {
      const fresh = await signIn(visitor(restored.url, `10.89.0.${i + 1}`), email(i), password(i));
      // The session made before the backup still works: the restored auth secret signs it.
      for (const v of [fresh, { ...old, base: restored.url }]) {
        const library = await (
          await fetch(`${restored.url}/library`, { headers: { cookie: v.cookie, "x-forwarded-for": v.address } })
        ).text();
        expect(library).toContain(`note of keeper ${i} on ${papers[2 * i]!.id}`);
        expect(library).toContain(`Reading ${i}`);
      }
      const follows = await (
        await fetch(`${restored.url}/follows`, { headers: { cookie: fresh.cookie, "x-forwarded-for": fresh.address } })
      ).text();
      expect(follows).toContain(`href="/topics/${topics[i]!.slug}"`);
    }
    // The index is rebuilt from the database — in the background once the app answers (progress on
    // /status): a paper the ingest wrote before the backup is found soon after.
    const ingestedPaper = queryOne<{ id: string; title: string }>(
      dataDir,
      `SELECT id, title FROM Paper WHERE arxivId IS NOT NULL ORDER BY id LIMIT 1`,
    );
    const restoredUrl = restored.url;
    const searchIds = async () => {
      const url = `${restoredUrl}/api/search?q=${encodeURIComponent(ingestedPaper.title)}`;
      return ((await (await fetch(url)).json()) as { hits?: { id: string }[] }).hits?.map((h) => h.id) ?? [];
    };
    await expect.poll(searchIds, { timeout: 180_000, interval: 1_000 }).toContain(ingestedPaper.id);
  }, 600_000);
});
