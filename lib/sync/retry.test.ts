// Retry arithmetic: Retry-After, backoff with jitter, what is worth another try.
import { describe, expect, it } from "vitest";
import { FetchSourceError } from "@/lib/ingest/fetch-source";
import { backoffDelay, parseRetryAfter, retryDecision } from "./retry";

const now = Date.parse("2026-03-16T12:00:00Z");

describe("parseRetryAfter", () => {
  it("reads delta-seconds and HTTP dates, and nothing else", () => {
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
    expect(parseRetryAfter("Mon, 16 Mar 2026 12:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Mon, 16 Mar 2026 11:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter("-5", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe("backoffDelay", () => {
  it("doubles per attempt with half of it random, capped at five minutes", () => {
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, 2_000, () => 0))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect([0, 1, 2, 3].map((a) => backoffDelay(a, 2_000, () => 1))).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(backoffDelay(30, 2_000, () => 1)).toBe(300_000);
  });
});

describe("retryDecision", () => {
  const http = (status: number, retryAfter: string | null = null) =>
    new FetchSourceError("u", `HTTP ${status}`, { status, retryAfter });
  it("retries 429/503 after their Retry-After, other 5xx and failed requests after a backoff", () => {
    expect(retryDecision(http(503, "7"), now)).toEqual({ retry: true, afterMs: 7_000 });
    expect(retryDecision(http(429), now)).toEqual({ retry: true, afterMs: null });
    expect(retryDecision(http(502), now)).toEqual({ retry: true, afterMs: null });
    expect(retryDecision(new FetchSourceError("u", "request failed", { transient: true }), now)).toEqual({
      retry: true,
      afterMs: null,
    });
    expect(retryDecision(new TypeError("terminated"), now)).toEqual({ retry: true, afterMs: null });
    const closed = Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" });
    const reused = new FetchSourceError("u", "request failed: fetch failed", {
      transient: true,
      cause: new TypeError("fetch failed", { cause: closed }),
    });
    expect(retryDecision(reused, now)).toEqual({ retry: true, afterMs: 0 });
  });

  it("does not retry answers another try would not change", () => {
    expect(retryDecision(http(404), now)).toEqual({ retry: false });
    expect(retryDecision(http(400), now)).toEqual({ retry: false });
    expect(retryDecision(new FetchSourceError("u", 'unexpected content type "text/html"'), now)).toEqual({
      retry: false,
    });
  });
});
