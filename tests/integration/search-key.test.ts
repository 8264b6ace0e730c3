// The web process's Meilisearch key, against a real engine: it searches the papers index and can do
// nothing else, every start derives the same one, and one asked for while the engine is down works
// once the engine is back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Meilisearch, MeilisearchApiError } from "meilisearch";
import { applySearchSettings } from "@/lib/search/indexing";
import { ensureSearchKey, resolveWebSearchTarget, searchKeyUid, searchKeyValue } from "@/lib/search/search-key";
import { warmSearchIndex } from "@/lib/search/warm-up";
import { removeTestMeili, startTestMeili, type TestMeili } from "../setup/meili";

let meili: TestMeili;
let master: Meilisearch;
const masterTarget = () => ({ ...meili.target, apiKey: meili.target.apiKey! });

beforeAll(async () => {
  meili = await startTestMeili("papers_key_test");
  master = new Meilisearch({ host: meili.target.url, apiKey: meili.target.apiKey });
  await applySearchSettings(meili.target);
  await master
    .index(meili.target.indexName)
    .addDocuments([{ id: "p1", title: "Reward models" }], { primaryKey: "id" })
    .waitTask();
  await master
    .index("other_index")
    .addDocuments([{ id: "o1", title: "Elsewhere" }], { primaryKey: "id" })
    .waitTask();
});
afterAll(async () => {
  await removeTestMeili(meili);
});

async function refusal(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof MeilisearchApiError ? error.response.status : -1;
  }
}

describe("the search-only key", () => {
  it("is created once and derived the same way every time", async () => {
    const key = await ensureSearchKey(masterTarget());
    expect(key).toBe(searchKeyValue(meili.target.apiKey!, searchKeyUid(meili.target.indexName)));
    expect(await ensureSearchKey(masterTarget())).toBe(key);
    expect((await master.getKeys()).results.filter((k) => k.key === key)).toHaveLength(1);
  });

  it("searches the papers index and is refused everything else", async () => {
    const web = await resolveWebSearchTarget(meili.target, undefined);
    expect(web.apiKey).not.toBe(meili.target.apiKey);
    const client = new Meilisearch({ host: web.url, apiKey: web.apiKey });
    expect((await client.index(web.indexName).search("reward")).hits).toHaveLength(1);
    expect(await warmSearchIndex(web)).toBeGreaterThanOrEqual(0);
    expect(
      await refusal(client.index(web.indexName).addDocuments([{ id: "p2", title: "Written by the web process" }])),
    ).toBe(403);
    expect(await refusal(client.index(web.indexName).deleteAllDocuments())).toBe(403);
    expect(await refusal(client.index(web.indexName).updateSettings({ searchableAttributes: ["id"] }))).toBe(403);
    expect(await refusal(client.getKeys())).toBe(403);
    expect(await refusal(client.index("other_index").search("elsewhere"))).toBe(403);
  });

  it("takes a configured key as given, and none for an engine without a master key", async () => {
    expect((await resolveWebSearchTarget(meili.target, "configured-search-key")).apiKey).toBe("configured-search-key");
    expect((await resolveWebSearchTarget({ ...meili.target, apiKey: undefined }, undefined)).apiKey).toBeUndefined();
  });

  it("is known while the engine is down and created once it is back", async () => {
    const other = { ...meili.target, indexName: "papers_key_later" };
    await meili.stop();
    const web = await resolveWebSearchTarget(other, undefined, 100);
    expect(web.apiKey).toBe(searchKeyValue(meili.target.apiKey!, searchKeyUid("papers_key_later")));
    await meili.restart();
    await expect
      .poll(async () => (await master.getKeys()).results.some((k) => k.key === web.apiKey), { timeout: 10_000 })
      .toBe(true);
  });
});
