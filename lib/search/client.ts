// The one Meilisearch client (server-only: it holds a key) and the error mapping for outages.
import "server-only";
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchRequestError,
  MeilisearchRequestTimeOutError,
  type Index,
} from "meilisearch";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { SearchDocument } from "./documents";
import { nodeHttpClient } from "./node-http-client";

export type SearchTarget = { url: string; apiKey?: string; indexName: string };

/**
 * Where the app's Meilisearch is, from the env. The web process gets a search-only key from
 * scripts/start.ts (never the master key); a CLI or test that set only the master key uses that.
 */
export function searchTargetFromEnv(): SearchTarget {
  const env = getEnv();
  if (!env.MEILI_URL) {
    throw new AppError("SEARCH_UNAVAILABLE", "Search is not configured (MEILI_URL is unset).");
  }
  return { url: env.MEILI_URL, apiKey: env.MEILI_SEARCH_KEY ?? env.MEILI_MASTER_KEY, indexName: env.MEILI_INDEX };
}

const clients = new Map<string, Meilisearch>();

/**
 * An engine that is down refuses or resets the connection, which fails at once: pages degrade within
 * a second without any timer. The timeout is for an engine that is up but busy (a large index under
 * load answered in over a second): SEARCH_TIMEOUT_MS, several seconds by default, lets it answer.
 */
export function getSearchClient(
  target: SearchTarget = searchTargetFromEnv(),
  timeoutMs = getEnv().SEARCH_TIMEOUT_MS,
): Meilisearch {
  const cacheKey = `${target.url}|${target.apiKey ?? ""}|${timeoutMs}`;
  let client = clients.get(cacheKey);
  if (!client) {
    client = new Meilisearch({
      host: target.url,
      apiKey: target.apiKey,
      timeout: timeoutMs,
      // A fresh connection per request: on a reused one, Meilisearch's unflushed reply body waits for
      // Linux's 40 ms delayed ACK (Nagle's algorithm without TCP_NODELAY), which multiplied every
      // search's latency ~10× in bench:search. Loopback connects cost ~0.1 ms.
      // Uncompressed: the engine sits next to the app, and gzip there + gunzip here cost both
      // processes CPU per search for no bandwidth saved (the app compresses its own reply).
      requestInit: { headers: { connection: "close", "accept-encoding": "identity" } },
      // Cheaper in CPU than fetch (./node-http-client.ts). Deprecated in the client, kept until it goes.
      httpClient: nodeHttpClient,
    });
    clients.set(cacheKey, client);
  }
  return client;
}

export function getSearchIndex(
  target: SearchTarget = searchTargetFromEnv(),
  timeoutMs = getEnv().SEARCH_TIMEOUT_MS,
): Index<SearchDocument> {
  return getSearchClient(target, timeoutMs).index<SearchDocument>(target.indexName);
}

/**
 * The engine's own refusal (an API error with its code), which the client hands over wrapped in a
 * MeilisearchRequestError when a custom httpClient (./node-http-client.ts) raised it; else the error.
 */
export function engineError(error: unknown): unknown {
  return error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError ? error.cause : error;
}

/** Maps a failure to reach Meilisearch (or a missing index) to SEARCH_UNAVAILABLE; other errors stay. */
export function toSearchError(thrown: unknown): Error {
  const error = engineError(thrown);
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
    return new AppError("SEARCH_UNAVAILABLE", "Search is temporarily unavailable.", { cause: error });
  }
  if (error instanceof MeilisearchApiError && error.cause?.code === "index_not_found") {
    return new AppError("SEARCH_UNAVAILABLE", "Search index is not built yet.", { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
