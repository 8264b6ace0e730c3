// Follows are private: another user can neither list, unfollow nor revoke them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
    const first = await addFollow(alice, { kind: "topic", target: "audio", label: "Speech, music & audio" });
    await rotateFollowToken(alice, first.id);
    const again = await addFollow(alice, { kind: "topic", target: "audio", label: "Speech, music & audio" });
    expect(again.id).toBe(first.id);
    expect(again.version).toBe(2);
    expect(await listFollows(alice)).toHaveLength(1);
  });

  it("hides them from other users and refuses their changes", async () => {
    const [follow] = await listFollows(alice);
    expect(await listFollows(bob)).toEqual([]);
    await expect(removeFollow(bob, follow!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(rotateFollowToken(bob, follow!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getFollowById(follow!.id)).toMatchObject({ version: 2 });
    await removeFollow(alice, follow!.id);
    expect(await getFollowById(follow!.id)).toBeNull();
  });
});
