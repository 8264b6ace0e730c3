// The requests bench:search sends: what the search box sends to GET /api/search, the identical
// Meilisearch request sent straight to the engine, and the author filter's facet search — each
// recording the engine's own time (processingTimeMs) beside the wall time the load generator measures.
import { buildAuthorFacetRequest, buildSearchRequest } from "@/lib/search/search-request";
import { toSearchParams, type SearchQuery } from "@/lib/validation/search-query";

/** A stalled request counts as an error after this, instead of holding a client for undici's 300 s default. */
const REQUEST_TIMEOUT_MS = 10_000;

export type Sender = { send: (i: number) => Promise<boolean>; engineMs: number[] };

function sender(request: (i: number) => Promise<Response>, engineTime: (body: unknown) => unknown): Sender {
  const engineMs: number[] = [];
  const send = async (i: number) => {
    const res = await request(i);
    const body: unknown = await res.json().catch(() => null);
    const ms = engineTime(body);
    if (res.ok && typeof ms === "number") engineMs.push(ms);
    return res.ok;
  };
  return { send, engineMs };
}

const field = (name: string) => (body: unknown) => (body as Record<string, unknown> | null)?.[name];

/**
 * `authorPrefix`: what a reader types into the author filter (the start of a frequent name);
 * `allUrls`: every instance (`apiAll` spreads its requests over them, round-robin).
 */
export function searchSenders(
  appUrl: string,
  meili: { url: string; masterKey: string },
  queries: SearchQuery[],
  authorPrefix: string,
  allUrls: string[] = [appUrl],
) {
  const at = (i: number) => queries[i % queries.length]!;
  // Same transport as the app (lib/search/client.ts): a fresh connection per request, no compression.
  const headers = {
    "content-type": "application/json",
    authorization: `Bearer ${meili.masterKey}`,
    connection: "close",
    "accept-encoding": "identity",
  };
  const post = (path: string, body: unknown) =>
    fetch(`${meili.url}/indexes/papers/${path}`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  const get = (path: string) => fetch(`${appUrl}${path}`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const authorsParams = (i: number) => {
    const params = toSearchParams(at(i));
    params.set("facet", "authors");
    params.set("name", authorPrefix);
    return params;
  };
  return {
    api: () => sender((i) => get(`/api/search?${toSearchParams(at(i))}`), field("engineMs")),
    apiAll: () =>
      sender(
        (i) =>
          fetch(`${allUrls[i % allUrls.length]}/api/search?${toSearchParams(at(i))}`, {
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          }),
        field("engineMs"),
      ),
    direct: () =>
      sender((i) => {
        const { q, params } = buildSearchRequest(at(i));
        return post("search", { q, ...params });
      }, field("processingTimeMs")),
    /** The author filter on the same search, a name's first letters typed. */
    authorsApi: () =>
      sender(
        (i) => get(`/api/search?${authorsParams(i)}`),
        () => undefined,
      ),
    authorsDirect: () =>
      sender((i) => post("facet-search", buildAuthorFacetRequest(at(i), authorPrefix)), field("processingTimeMs")),
    /** The floor: a route that does nothing, through the same server, client and machine. */
    floor: () =>
      sender(
        () => get("/api/health"),
        () => undefined,
      ),
  };
}
