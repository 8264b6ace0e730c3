// The web process's Meilisearch key: allowed to search the papers index and nothing else, so a
// leak from the process that faces visitors cannot write, delete or read other keys. Made with the
// master key, which only the starter and the indexing CLIs hold.
import "server-only";
import { createHash, createHmac } from "node:crypto";
import { MeilisearchApiError } from "meilisearch";
import { engineError, getSearchClient, type SearchTarget } from "./client";

/**
 * The key's uid, derived from the index name so every start names the same key (a UUID in v4 shape,
 * as Meilisearch expects). Meilisearch derives a key's value from its uid and the master key.
 */
export function searchKeyUid(indexName: string): string {
  const hex = createHash("sha256").update(`paperboard-web-search:${indexName}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The value Meilisearch gives the key `uid`: HMAC-SHA256 of the uid under the master key, in hex. */
export function searchKeyValue(masterKey: string, uid: string): string {
  return createHmac("sha256", masterKey).update(uid).digest("hex");
}

/**
 * Creates the search-only key for `target.indexName` when the engine lacks it, and returns its value.
 * Known before the engine answers (see searchKeyValue), so a web process started while the engine
 * was down gets a key that works as soon as this succeeds.
 */
export async function ensureSearchKey(master: SearchTarget & { apiKey: string }): Promise<string> {
  const uid = searchKeyUid(master.indexName);
  const client = getSearchClient(master, 10_000);
  try {
    return (await client.getKey(uid)).key;
  } catch (thrown) {
    const error = engineError(thrown);
    if (!(error instanceof MeilisearchApiError && error.cause?.code === "api_key_not_found")) throw error;
  }
  try {
    const key = await client.createKey({
      uid,
      name: `paperboard-web-search-${master.indexName}`,
      description: "Paperboard's web process: search the papers index, nothing else",
      actions: ["search"],
      indexes: [master.indexName],
      expiresAt: null,
    });
    return key.key;
  } catch (thrown) {
    // Another start created it meanwhile: same uid, same value.
    const error = engineError(thrown);
    if (error instanceof MeilisearchApiError && error.cause?.code === "api_key_already_exists")
      return searchKeyValue(master.apiKey, uid);
    throw error;
  }
}

/**
 * What the web process searches with: a configured MEILI_SEARCH_KEY as given; else, with the master
 * key, the derived search-only key — created now or, while the engine cannot be reached, retried in
 * the background until it is (its value is known either way); else no key (an engine started without
 * a master key asks for none).
 */
export async function resolveWebSearchTarget(
  master: SearchTarget,
  configuredKey: string | undefined,
  retryMs = 15_000,
): Promise<SearchTarget> {
  if (configuredKey) return { ...master, apiKey: configuredKey };
  const masterKey = master.apiKey;
  if (!masterKey) return master;
  const create = () => ensureSearchKey({ ...master, apiKey: masterKey });
  try {
    await create();
  } catch (error) {
    console.warn(
      `warning: could not create the search key yet (${(error as Error).message}); retrying every ${retryMs / 1000} s`,
    );
    const retry = () => setTimeout(() => void create().catch(retry), retryMs).unref();
    retry();
  }
  return { ...master, apiKey: searchKeyValue(masterKey, searchKeyUid(master.indexName)) };
}
