// Pure retry arithmetic for upstream requests: Retry-After, exponential backoff with jitter, and
// which failures are worth another try.
import { FetchSourceError } from "@/lib/ingest/fetch-source";

/** The longest single backoff: a source that is down for longer is retried by a later run. */
const MAX_BACKOFF_MS = 5 * 60_000;

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date (RFC 9110 §10.2.3); null if neither. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const v = value.trim().slice(0, 100);
  if (/^\d{1,9}$/.test(v)) return Number(v) * 1_000;
  // An HTTP date names its weekday and month ("Mon, 16 Mar 2026 12:00:30 GMT"); "-5" is no date.
  if (!/[A-Za-z]{3}/.test(v)) return null;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** "Equal jitter": half the exponential delay for sure, the other half at random, so clients spread out. */
export function backoffDelay(attempt: number, baseMs: number, random: () => number): number {
  const exp = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** attempt);
  return Math.round(exp / 2 + (random() * exp) / 2);
}

export type RetryDecision = { retry: false } | { retry: true; afterMs: number | null };

/**
 * 429 and 503 (with their Retry-After), other 5xx, timeouts and dropped connections are retried; other
 * 4xx, wrong content types and oversize bodies are answers that another try would not change.
 */
export function retryDecision(error: unknown, now: number): RetryDecision {
  if (error instanceof FetchSourceError) {
    if (error.status === 429 || error.status === 503)
      return { retry: true, afterMs: parseRetryAfter(error.retryAfter, now) };
    if (error.status !== null) return error.status >= 500 ? { retry: true, afterMs: null } : { retry: false };
    if (!error.transient) return { retry: false };
    // A kept-alive connection the server closed as it was reused: nothing is wrong upstream, so no
    // backoff (the pace between requests still applies).
    return { retry: true, afterMs: causeCode(error) === "UND_ERR_SOCKET" ? 0 : null };
  }
  // A body cut off mid-way surfaces as a plain error from the socket ("terminated"): transient.
  return { retry: true, afterMs: null };
}

function causeCode(error: Error): string | null {
  for (let e: unknown = error.cause, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code) return code;
  }
  return null;
}
