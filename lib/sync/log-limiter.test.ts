// Log limiting and the brief form of an error the scheduler logs.
import { describe, expect, it } from "vitest";
import { briefError, createLogLimiter } from "./log-limiter";

describe("createLogLimiter", () => {
  it("allows one line per key and hour, and at once again after a recovery", () => {
    const limiter = createLogLimiter();
    const hour = 3_600_000;
    expect(limiter.allow("hf", 0)).toBe(true);
    expect(limiter.allow("hf", 10 * 60_000)).toBe(false);
    expect(limiter.allow("arxiv", 10 * 60_000)).toBe(true);
    expect(limiter.allow("hf", hour - 1)).toBe(false);
    expect(limiter.allow("hf", hour)).toBe(true);
    expect(limiter.clear("hf")).toBe(true);
    expect(limiter.clear("hf")).toBe(false);
    expect(limiter.allow("hf", hour + 1)).toBe(true);
  });
});

describe("briefError", () => {
  it("names the host instead of the whole URL, and leaves other messages alone", () => {
    expect(
      briefError(
        "https://oaipmh.arxiv.org/oai?verb=ListRecords&set=cs: request failed: fetch failed (after 5 attempts)",
      ),
    ).toBe("oaipmh.arxiv.org: request failed: fetch failed (after 5 attempts)");
    expect(briefError("http://127.0.0.1:9/oai?x=1: HTTP 503 Service Unavailable")).toBe(
      "127.0.0.1:9: HTTP 503 Service Unavailable",
    );
    expect(briefError("the sync lease lapsed")).toBe("the sync lease lapsed");
  });
});
