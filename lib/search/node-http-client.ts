// Meilisearch's requests over node:http instead of fetch (undici). In a CPU profile of the web
// process under bench:search, undici's fetch — its web streams, abort signals and promise
// bookkeeping — was a quarter of the CPU a search cost; node:http makes the same exchange with far
// less. The `meilisearch` client takes it as its `httpClient`; the transport is unchanged: a fresh
// connection per request (client.ts says why), the headers the client sets, its timeout signal.
import http from "node:http";
import https from "node:https";
import { MeilisearchApiError } from "meilisearch";
import type { MeilisearchErrorResponse } from "meilisearch";

/** The engine's answers here are a page of hits or a task list; anything larger is not one of them. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/**
 * Sends one request, resolves the parsed JSON of a 2xx answer, rejects with MeilisearchApiError for
 * any other status (the `meilisearch` client wraps every rejection in MeilisearchRequestError: see
 * `engineError` in client.ts), and with the signal's reason when it aborts (the client's timeout).
 */
export function nodeHttpClient(input: string | URL | Request, init: RequestInit = {}): Promise<unknown> {
  const url = input instanceof Request ? input.url : input;
  const signal = init.signal;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    const body = typeof init.body === "string" ? init.body : undefined;
    if (init.body != null && body === undefined) return reject(new Error("only string bodies are sent to Meilisearch"));
    if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
    // MEILI_URL may name an https engine (a hosted one): same exchange over TLS.
    const transport = new URL(url).protocol === "https:" ? https : http;
    const request = transport.request(url, { method: init.method ?? "GET", headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes > MAX_RESPONSE_BYTES)
          request.destroy(new Error(`Meilisearch answered more than ${MAX_RESPONSE_BYTES} bytes`));
        else chunks.push(chunk);
      });
      response.on("error", reject);
      response.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let parsed: unknown;
        try {
          parsed = text === "" ? undefined : JSON.parse(text);
        } catch (error) {
          return reject(error);
        }
        const status = response.statusCode ?? 0;
        if (status >= 200 && status < 300) return resolve(parsed);
        const answer = new Response(null, { status, statusText: response.statusMessage });
        reject(new MeilisearchApiError(answer, parsed as MeilisearchErrorResponse | undefined));
      });
    });
    request.on("error", reject);
    signal?.addEventListener(
      "abort",
      () => {
        reject(signal.reason);
        request.destroy();
      },
      { once: true },
    );
    request.end(body);
  });
}
