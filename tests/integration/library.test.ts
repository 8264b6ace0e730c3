// The personal library against real SQLite: bookmarks, notes, tags, collections, search, votes, and
// that one user can neither see nor change another's rows through any named query.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addBookmark,
  importPapers,
  listBookmarkedPaperIds,
  listUserTags,
  removeBookmark,
  updateBookmark,
} from "@/lib/db/bookmarks";
import { getDb } from "@/lib/db/client";
import {
  createCollection,
  deleteCollection,
  getSharedCollection,
  listCollections,
  renameCollection,
  revokeCollectionShare,
  shareCollection,
} from "@/lib/db/collections";
import { listLibrary } from "@/lib/db/library";
import { countVotes, setVote } from "@/lib/db/votes";
import { runIngest } from "@/lib/ingest/run-ingest";
import { createTestDb, createTestUser, useAsAppDb, type TestDb } from "../setup/db";

let t: TestDb;
let alice: string;
let bob: string;
let papers: { id: string; title: string }[];

beforeAll(async () => {
  t = await createTestDb();
  await useAsAppDb(t);
  await runIngest({
    db: t.db,
    file: path.join(process.cwd(), "prisma", "seed-digest.txt"),
    today: new Date("2026-11-27"),
    search: null,
  });
  papers = await t.db.paper.findMany({ orderBy: { rank: "asc" }, take: 5, select: { id: true, title: true } });
  alice = await createTestUser(t.db, "alice");
  bob = await createTestUser(t.db, "bob");
});
afterAll(async () => {
  await t.dispose();
});

const p = (i: number) => papers[i]!.id;

describe("bookmarks", () => {
  it("are idempotent, per user, and refuse unknown papers", async () => {
    await addBookmark(getDb(), alice, p(0));
    await addBookmark(getDb(), alice, p(0));
    await addBookmark(getDb(), alice, p(1));
    expect([...(await listBookmarkedPaperIds(getDb(), alice, [p(0), p(1), p(2)]))].sort()).toEqual([p(0), p(1)].sort());
    expect((await listBookmarkedPaperIds(getDb(), bob, [p(0), p(1)])).size).toBe(0);
    await expect(addBookmark(getDb(), alice, "no-such-paper")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await removeBookmark(getDb(), bob, p(0)); // bob cannot remove alice's
    expect((await listBookmarkedPaperIds(getDb(), alice, [p(0)])).size).toBe(1);
  });

  it("keeps a note, tags, read state and collections; search finds notes and tags", async () => {
    const reading = await createCollection(getDb(), alice, "Reading group");
    const survey = await createCollection(getDb(), alice, "Survey");
    const [item] = await listLibrary(getDb(), alice, { q: papers[0]!.title.split(" ")[0] });
    expect(item?.paper.id).toBe(p(0));
    await updateBookmark(getDb(), alice, {
      bookmarkId: item!.bookmarkId,
      note: "compare with zebrafish baseline",
      tags: ["llm", "to-cite"],
      read: true,
      collections: [reading, survey],
    });
    const byNote = await listLibrary(getDb(), alice, { q: "ZEBRAFISH" });
    expect(byNote.map((b) => b.paper.id)).toEqual([p(0)]);
    expect(byNote[0]).toMatchObject({ read: true, tags: ["llm", "to-cite"], note: "compare with zebrafish baseline" });
    expect(byNote[0]!.collections.map((c) => c.name)).toEqual(["Reading group", "Survey"]);
    expect((await listLibrary(getDb(), alice, { q: "to-cite" })).map((b) => b.paper.id)).toEqual([p(0)]);
    expect((await listLibrary(getDb(), alice, { tag: "llm" })).length).toBe(1);
    expect((await listLibrary(getDb(), alice, { collection: survey })).length).toBe(1);
    expect((await listLibrary(getDb(), alice, { read: "unread" })).map((b) => b.paper.id)).toEqual([p(1)]);
    expect(await listUserTags(getDb(), alice)).toEqual([
      { name: "llm", count: 1 },
      { name: "to-cite", count: 1 },
    ]);
    // LIKE wildcards in a query are literal.
    expect(await listLibrary(getDb(), alice, { q: "zebra_ish" })).toEqual([]);
    expect(await listLibrary(getDb(), alice, { q: "zebra%baseline" })).toEqual([]);
  });

  it("never shows or changes alice's rows for bob", async () => {
    const [item] = await listLibrary(getDb(), alice, { q: "zebrafish" });
    expect(await listLibrary(getDb(), bob, {})).toEqual([]);
    expect(await listLibrary(getDb(), bob, { q: "zebrafish" })).toEqual([]);
    expect(await listUserTags(getDb(), bob)).toEqual([]);
    expect(await listCollections(getDb(), bob)).toEqual([]);
    const [aliceCollection] = await listCollections(getDb(), alice);
    expect((await listLibrary(getDb(), bob, { collection: aliceCollection!.id })).length).toBe(0);
    await expect(
      updateBookmark(getDb(), bob, {
        bookmarkId: item!.bookmarkId,
        note: "pwned",
        tags: [],
        read: false,
        collections: [],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(renameCollection(getDb(), bob, aliceCollection!.id, "pwned")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(deleteCollection(getDb(), bob, aliceCollection!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(shareCollection(getDb(), bob, aliceCollection!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(importPapers(getDb(), bob, [p(3)], aliceCollection!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // bob's own bookmark cannot be filed into alice's collection
    await addBookmark(getDb(), bob, p(2));
    const [bobItem] = await listLibrary(getDb(), bob, {});
    await expect(
      updateBookmark(getDb(), bob, {
        bookmarkId: bobItem!.bookmarkId,
        note: "",
        tags: [],
        read: false,
        collections: [aliceCollection!.id],
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listLibrary(getDb(), alice, { q: "zebrafish" }))[0]?.note).toBe("compare with zebrafish baseline");
  });
});

describe("collections", () => {
  it("rename, refuse duplicate names, share read-only, revoke, delete", async () => {
    const id = await createCollection(getDb(), alice, "Later");
    await expect(createCollection(getDb(), alice, "Later")).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await renameCollection(getDb(), alice, id, "Soon");
    await importPapers(getDb(), alice, [p(3)], id);
    const token = await shareCollection(getDb(), alice, id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const shared = await getSharedCollection(getDb(), token);
    expect(shared?.name).toBe("Soon");
    expect(shared?.papers.map((x) => x.id)).toEqual([p(3)]);
    expect(JSON.stringify(shared)).not.toContain("zebrafish");
    await revokeCollectionShare(getDb(), alice, id);
    expect(await getSharedCollection(getDb(), token)).toBeNull();
    await deleteCollection(getDb(), alice, id);
    expect((await listCollections(getDb(), alice)).map((c) => c.name)).not.toContain("Soon");
    expect((await listBookmarkedPaperIds(getDb(), alice, [p(3)])).size).toBe(1); // deleting a collection keeps bookmarks
  });

  it("import reports unknown papers instead of inventing them", async () => {
    const result = await importPapers(getDb(), alice, [p(4), "not-a-known-paper"]);
    expect(result).toEqual({ added: 1, unknown: ["not-a-known-paper"] });
  });
});

describe("votes", () => {
  it("one per user, toggled, counted", async () => {
    expect(await setVote(getDb(), alice, p(0), true)).toBe(1);
    expect(await setVote(getDb(), alice, p(0), true)).toBe(1);
    expect(await setVote(getDb(), bob, p(0), true)).toBe(2);
    expect(await setVote(getDb(), bob, p(0), false)).toBe(1);
    const counts = await countVotes(getDb(), [p(0), p(1)]);
    expect(counts.get(p(0))).toBe(1);
    expect(counts.get(p(1)) ?? 0).toBe(0);
  });
});
