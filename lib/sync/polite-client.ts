// The sync's one way to fetch upstream text: a descriptive User-Agent, a pace per service, retries
// with Retry-After or exponential backoff with jitter, and counts of the time spent waiting.
import { fetchChecked, FetchSourceError } from "@/lib/ingest/fetch-source";
import { readAllText } from "@/lib/ingest/sources";
import { backoffDelay, retryDecision } from "./retry";

export type ClientStats = { requests: number; politenessMs: number; backoffMs: number };
export type PoliteClient = { getText: (url: string) => Promise<string>; stats: () => ClientStats };

export type PoliteOptions = {
  userAgent: string;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  /** Which pace a URL shares, and the least time between two of its requests. */
  paceOf: (url: string) => { key: string; ms: number };
  signal?: AbortSignal;
  /** A wait asked for beyond this ends the run: the scheduler comes back then. */
  maxWaitMs?: number;
  maxBytes?: number;
  random?: () => number;
  now?: () => number;
};

/** Thrown when a wait longer than the run should block is asked for (a long Retry-After). */
export class RetryLaterError extends Error {
  readonly retryAt: Date;
  constructor(url: string, waitMs: number, now: number) {
    super(`${url}: asked to wait ${Math.round(waitMs / 1000)} s (Retry-After); retrying then`);
    this.name = "RetryLaterError";
    this.retryAt = new Date(now + waitMs);
  }
}

const DEFAULT_MAX_WAIT_MS = 10 * 60_000;
// Answers are one JSON array or one XML page: a few MB at most (an OAI page of 1,000 records is ~2.5 MB).
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export function createPoliteClient(options: PoliteOptions): PoliteClient {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const lastDone = new Map<string, number>();
  const stats: ClientStats = { requests: 0, politenessMs: 0, backoffMs: 0 };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const headers = {
    "user-agent": options.userAgent,
    accept: "application/json, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.1",
  };

  async function once(url: string): Promise<string> {
    const pace = options.paceOf(url);
    const wait = (lastDone.get(pace.key) ?? -Infinity) + pace.ms - now();
    if (wait > 0) {
      stats.politenessMs += wait;
      await sleep(wait, options.signal);
    }
    stats.requests += 1;
    try {
      const { body } = await fetchChecked(url, { timeoutMs: options.timeoutMs, maxBytes, maxRedirects: 3 }, headers);
      return await readAllText(url, body, maxBytes);
    } finally {
      lastDone.set(pace.key, now());
    }
  }

  async function getText(url: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(url);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        const decision = retryDecision(error, now());
        if (!decision.retry || attempt >= options.retries) throw asFetchError(url, error, attempt + 1);
        const waitMs = decision.afterMs ?? backoffDelay(attempt, options.backoffMs, random);
        if (waitMs > (options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS)) throw new RetryLaterError(url, waitMs, now());
        stats.backoffMs += waitMs;
        await sleep(waitMs, options.signal);
      }
    }
  }

  return { getText, stats: () => ({ ...stats }) };
}

function asFetchError(url: string, error: unknown, attempts: number): Error {
  const suffix = attempts > 1 ? ` (after ${attempts} attempts)` : "";
  if (error instanceof FetchSourceError)
    return new FetchSourceError(url, `${error.message.replace(`${url}: `, "")}${suffix}`, {
      cause: error,
      status: error.status ?? undefined,
    });
  return new FetchSourceError(url, `${error instanceof Error ? error.message : String(error)}${suffix}`, {
    cause: error,
    transient: true,
  });
}

/** Resolves after `ms`, or rejects as soon as the run is stopped. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error("stopped"));
    const timer = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener("abort", abort);
      resolve();
    }
    function abort() {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error("stopped"));
    }
    signal?.addEventListener("abort", abort, { once: true });
  });
}
