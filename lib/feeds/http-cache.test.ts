// Conditional GET: ETag and Last-Modified revalidation (RFC 9110 §13).
import { describe, expect, it } from "vitest";
import { cachedResponse, isNotModified, toEtag } from "./http-cache";

const modified = new Date("2026-03-13T08:00:00.500Z");
const req = (headers: Record<string, string> = {}) => new Request("http://x/feeds/trending.atom", { headers });

describe("conditional feed responses", () => {
  it("answers 200 with validators, then 304 for the same ETag", async () => {
    const first = cachedResponse(req(), "<feed/>", "application/atom+xml", modified);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    expect(etag).toBe(toEtag("<feed/>"));
    expect(first.headers.get("last-modified")).toBe("Fri, 13 Mar 2026 08:00:00 GMT");
    const second = cachedResponse(
      req({ "If-None-Match": `W/${etag}, "other"` }),
      "<feed/>",
      "application/atom+xml",
      modified,
    );
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
    expect(second.headers.get("etag")).toBe(etag);
  });

  it("uses If-Modified-Since at one-second precision, and lets If-None-Match win", () => {
    const h = (v: Record<string, string>) => new Headers(v);
    expect(isNotModified(h({ "If-Modified-Since": "Fri, 13 Mar 2026 08:00:00 GMT" }), '"a"', modified)).toBe(true);
    expect(isNotModified(h({ "If-Modified-Since": "Fri, 13 Mar 2026 07:59:59 GMT" }), '"a"', modified)).toBe(false);
    expect(isNotModified(h({ "If-Modified-Since": "not a date" }), '"a"', modified)).toBe(false);
    const both = h({ "If-None-Match": '"b"', "If-Modified-Since": "Fri, 13 Mar 2026 09:00:00 GMT" });
    expect(isNotModified(both, '"a"', modified)).toBe(false);
  });
});
