import { describe, expect, it } from "vitest";
import { hasSessionCookie, hasSignedSessionCookie } from "@/lib/auth/session-cookie";
import { fromCacheKey, isCachedPath, toCacheKey, toCachedPath } from "./browse-cache";

const q = (s: string) => new URLSearchParams(s);

describe("cache keys of trending permalinks", () => {
  it("gives each permalink one canonical key and reads it back", () => {
    expect(toCacheKey(q(""))).toBe("default");
    expect(toCacheKey(q("sort=trending"))).toBe("default");
    expect(toCacheKey(q("sort=newest&date=2026-03-13"))).toBe("date.2026-03-13~sort.newest");
    expect(toCacheKey(q("week=2026-W11"))).toBe("week.2026-W11");
    expect(toCacheKey(q("window=all&_rsc=abc"))).toBe("window.all");
    expect(toCacheKey(q("page=2&date=2026-03-13"))).toBe("date.2026-03-13~page.2");
    for (const key of ["default", "date.2026-03-13~sort.newest", "month.2026-03", "window.all"]) {
      expect(toCacheKey(new URLSearchParams(fromCacheKey(key)!))).toBe(key);
    }
    expect(fromCacheKey("month.2026-03")).toEqual({ month: "2026-03" });
  });

  it("leaves unknown, repeated and unreadable parameters to the per-request page", () => {
    expect(toCacheKey(q("notice=saved"))).toBeNull();
    expect(toCacheKey(q("date=2026-03-13&date=2026-03-12"))).toBeNull();
    expect(toCacheKey(q("week=11"))).toBeNull();
    expect(toCacheKey(q("date=2026-02-30"))).toBeNull();
    expect(toCacheKey(q("sort=random"))).toBeNull();
    expect(toCacheKey(q("page=0"))).toBeNull();
  });

  it("rejects keys it cannot have written", () => {
    for (const key of [
      "",
      "sort.trending",
      "date.2026-03-13~date.2026-03-14",
      "date.2026-02-30",
      "q.x",
      "date.2026.03",
      "sort.newest~date.2026-03-13",
    ]) {
      expect(fromCacheKey(key)).toBeNull();
    }
  });

  it("maps the browse pages to the internal prefix, the plain ones only without parameters", () => {
    expect(toCachedPath("/topics", q("_rsc=1"))).toBe("/cached/topic-index/default");
    expect(toCachedPath("/status", q(""))).toBe("/cached/status/default");
    expect(toCachedPath("/status", q("x=1"))).toBeNull();
    expect(toCachedPath("/papers/attention-is-all-you-need-a1b2c3", q(""))).toBe(
      "/cached/papers/attention-is-all-you-need-a1b2c3",
    );
    expect(toCachedPath("/papers/attention-a1b2c3", q("notice=saved"))).toBeNull();
    expect(toCachedPath("/papers/Bad%20Slug", q(""))).toBeNull();
    expect(toCachedPath("/papers/x/opengraph-image", q(""))).toBeNull();
    expect(toCachedPath("/", q("date=2026-03-13"))).toBe("/cached/trending/date.2026-03-13");
    expect(toCachedPath("/topics/computer-vision", q(""))).toBe("/cached/topics/computer-vision/default");
    expect(toCachedPath("/topics/Bad_Slug", q(""))).toBeNull();
    expect(toCachedPath("/search", q(""))).toBeNull();
    expect(toCachedPath("/", q("notice=x"))).toBeNull();
    expect(isCachedPath("/cached/trending/default")).toBe(true);
    expect(isCachedPath("/cachedx")).toBe(false);
  });
});

describe("session cookie presence", () => {
  it("sees better-auth's cookie under its http and https names only", () => {
    expect(hasSessionCookie(new Headers())).toBe(false);
    expect(hasSessionCookie(new Headers({ cookie: "theme=dark" }))).toBe(false);
    expect(hasSessionCookie(new Headers({ cookie: "theme=dark; better-auth.session_token=abc.def" }))).toBe(true);
    expect(hasSessionCookie(new Headers({ cookie: "__Secure-better-auth.session_token=abc.def" }))).toBe(true);
  });
});

describe("signed session cookie", () => {
  const secret = "a-test-secret-that-is-long-enough-0123456789";
  it("refuses a made-up cookie, whatever its shape", async () => {
    for (const value of [
      "x",
      "abc.def",
      `token.${"A".repeat(43)}=`,
      `.${"A".repeat(43)}=`,
      `token.${"A".repeat(44)}`,
    ]) {
      expect(
        await hasSignedSessionCookie(
          new Headers({ cookie: `better-auth.session_token=${encodeURIComponent(value)}` }),
          secret,
        ),
        value,
      ).toBe(false);
    }
    expect(await hasSignedSessionCookie(new Headers(), secret)).toBe(false);
  });
});
