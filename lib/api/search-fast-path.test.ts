// Which requests the web server answers itself: anonymous GETs of exactly /api/search, nothing else.
import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { isAnonymousSearch } from "./search-fast-path";

const request = (method: string, url: string, cookie?: string) =>
  ({ method, url, headers: cookie === undefined ? {} : { cookie } }) as unknown as IncomingMessage;

describe("isAnonymousSearch", () => {
  it("takes GET /api/search with or without a query, and cookies that are not a session", () => {
    expect(isAnonymousSearch(request("GET", "/api/search"))).toBe(true);
    expect(isAnonymousSearch(request("GET", "/api/search?q=agents&topic=a&topic=b"))).toBe(true);
    expect(isAnonymousSearch(request("GET", "/api/search?q=x", "theme=dark; pb-reader=1"))).toBe(true);
  });

  it("leaves signed-in readers, other methods and other paths to Next", () => {
    expect(isAnonymousSearch(request("GET", "/api/search?q=x", "better-auth.session_token=abc.def"))).toBe(false);
    expect(isAnonymousSearch(request("GET", "/api/search", "__Secure-better-auth.session_token=abc.def"))).toBe(false);
    expect(isAnonymousSearch(request("HEAD", "/api/search?q=x"))).toBe(false);
    expect(isAnonymousSearch(request("POST", "/api/search"))).toBe(false);
    expect(isAnonymousSearch(request("GET", "/api/search/"))).toBe(false);
    expect(isAnonymousSearch(request("GET", "/api/searches?q=x"))).toBe(false);
    expect(isAnonymousSearch(request("GET", "/api/v1/search?q=x"))).toBe(false);
    expect(isAnonymousSearch(request("GET", "/search?q=x"))).toBe(false);
  });
});
