// Fetching an ingest source over http(s): a timeout, a size cap, a few redirects, and clear errors
// for non-2xx answers and content types that cannot be a paper feed (e.g. an HTML login page).
import { Readable, Transform } from "node:stream";

export type FetchLimits = { timeoutMs: number; maxBytes: number; maxRedirects: number };
export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 30_000, maxBytes: 512 * 1024 * 1024, maxRedirects: 5 };

const ACCEPTED_TYPES = [
  "application/json",
  "application/x-ndjson",
  "application/jsonl",
  "application/atom+xml",
  "application/xml",
  "text/xml",
  "text/plain",
  "application/gzip",
  "application/x-gzip",
  "application/octet-stream",
];

export class FetchSourceError extends Error {
  /** The HTTP status of a non-2xx answer, its Retry-After header, and whether the request failed on the
   *  way (no answer, a timeout) rather than being answered: what a polite client retries on. */
  readonly status: number | null;
  readonly retryAfter: string | null;
  readonly transient: boolean;

  constructor(
    url: string,
    reason: string,
    options?: { cause?: unknown; status?: number; retryAfter?: string | null; transient?: boolean },
  ) {
    super(`${url}: ${reason}`, options);
    this.name = "FetchSourceError";
    this.status = options?.status ?? null;
    this.retryAfter = options?.retryAfter ?? null;
    this.transient = options?.transient ?? false;
  }
}

/** `timeoutMs` bounds the wait for an answer and any silence while the body streams in. `headers`
 *  go with every request (the sync's User-Agent). */
export async function fetchChecked(
  url: string,
  limits: FetchLimits,
  headers: Record<string, string> = {},
): Promise<{ body: Readable; length: number | null }> {
  const controller = new AbortController();
  const signal = controller.signal;
  let timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const idle = {
    reset: () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => controller.abort(new FetchSourceError(url, `no data for ${limits.timeoutMs} ms`, { transient: true })),
        limits.timeoutMs,
      );
    },
    stop: () => clearTimeout(timer),
  };
  try {
    return await follow(url, limits, signal, idle, headers);
  } catch (error) {
    idle.stop();
    throw error;
  }
}

type Idle = { reset: () => void; stop: () => void };

async function follow(
  url: string,
  limits: FetchLimits,
  signal: AbortSignal,
  idle: Idle,
  headers: Record<string, string>,
) {
  let current = url;
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(current, { redirect: "manual", signal, headers });
    } catch (error) {
      const reason = signal.aborted ? `no answer within ${limits.timeoutMs} ms` : (error as Error).message;
      throw new FetchSourceError(current, `request failed: ${reason}`, { cause: error, transient: true });
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      if (hop >= limits.maxRedirects) throw new FetchSourceError(url, `more than ${limits.maxRedirects} redirects`);
      current = new URL(location, current).toString();
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => undefined);
      const retryAfter = response.headers.get("retry-after");
      throw new FetchSourceError(current, `HTTP ${response.status} ${response.statusText}`.trim(), {
        status: response.status,
        retryAfter,
      });
    }
    const type = (response.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (type !== "" && !ACCEPTED_TYPES.includes(type)) {
      throw new FetchSourceError(
        current,
        `unexpected content type "${type}" (expected JSON, JSON Lines, XML, text or gzip)`,
      );
    }
    const length = Number(response.headers.get("content-length") ?? NaN);
    if (Number.isFinite(length) && length > limits.maxBytes) {
      throw new FetchSourceError(current, `${length} bytes is over the ${limits.maxBytes}-byte limit`);
    }
    if (!response.body) throw new FetchSourceError(current, "empty response body");
    const body = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream);
    return { body: capped(body, current, limits.maxBytes, idle), length: Number.isFinite(length) ? length : null };
  }
}

/** Fails the stream once more than `max` bytes arrived (servers may omit or lie about content-length). */
function capped(body: Readable, url: string, max: number, idle: Idle): Readable {
  let seen = 0;
  idle.reset();
  const out = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      idle.reset();
      if (seen > max) done(new FetchSourceError(url, `response is over the ${max}-byte limit`));
      else done(null, chunk);
    },
    flush(done) {
      idle.stop();
      done();
    },
  });
  body.on("error", (error) => {
    idle.stop();
    out.destroy(error);
  });
  return body.pipe(out);
}
