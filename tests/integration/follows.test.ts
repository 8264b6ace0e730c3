// Follows are private: another user can neither list, unfollow nor revoke them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addFollow, listFollows, removeFollow, rotateFollowToken, getFollowById } from "@/lib/db/follows";
import { createTestDb, createTestUser, useAsAppDb, type TestDb } from "../setup/db";

let t: TestDb;
let alice: string;
let bob: string;

beforeAll(async () => {
  t = await createTestDb();
  await useAsAppDb(t);
  alice = await createTestUser(t.db, "alice");
  bob = await createTestUser(t.db, "bob");
});
afterAll(async () => {
  await t.dispose();
});

describe("follows", () => {
  it("follows once per target and keeps the feed version when followed again", async () => {
    const first = await addFollow(getDb(), alice, { kind: "topic", target: "audio", label: "Speech, music & audio" });
    await rotateFollowToken(getDb(), alice, first.id);
    const again = await addFollow(getDb(), alice, { kind: "topic", target: "audio", label: "Speech, music & audio" });
    expect(again.id).toBe(first.id);
    expect(again.version).toBe(2);
    expect(await listFollows(getDb(), alice)).toHaveLength(1);
  });

  it("hides them from other users and refuses their changes", async () => {
    const [follow] = await listFollows(getDb(), alice);
    expect(await listFollows(getDb(), bob)).toEqual([]);
    await expect(removeFollow(getDb(), bob, follow!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rotateFollowToken(getDb(), bob, follow!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getFollowById(getDb(), follow!.id)).toMatchObject({ version: 2 });
    await removeFollow(getDb(), alice, follow!.id);
    expect(await getFollowById(getDb(), follow!.id)).toBeNull();
  });
});
