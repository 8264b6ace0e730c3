// next.config.js's headers() rules, resolved for one path from the compiled routes manifest.
import { describe, expect, it } from "vitest";
import { configuredHeaders } from "./configured-headers";

const everyPath = "^(?:/((?:[^/]+?)(?:/(?:[^/]+?))*))?(?:/)?$";
const rule = (regex: string, headers: Record<string, string>, extra = {}) => ({
  source: "x",
  regex,
  headers: Object.entries(headers).map(([key, value]) => ({ key, value })),
  ...extra,
});

describe("configuredHeaders", () => {
  it("collects the matching rules' headers, later rules winning", () => {
    const manifest = {
      headers: [
        rule(everyPath, { "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff" }),
        rule("^/feeds(?:/.*)?$", { "Cache-Control": "public" }),
        rule("^/api/search$", { "X-Frame-Options": "SAMEORIGIN" }),
      ],
    };
    expect(configuredHeaders(manifest)("/api/search")).toEqual({
      "X-Frame-Options": "SAMEORIGIN",
      "X-Content-Type-Options": "nosniff",
    });
  });

  it("refuses a conditional rule that matches, and a manifest of another shape", () => {
    const conditional = { headers: [rule(everyPath, { a: "b" }, { has: [{ type: "cookie", key: "x" }] })] };
    expect(() => configuredHeaders(conditional)("/api/search")).toThrow(/conditional/);
    expect(configuredHeaders({ headers: [rule("^/other$", { a: "b" }, { missing: [] })] })("/api/search")).toEqual({});
    expect(() => configuredHeaders({ headers: "nope" })("/api/search")).toThrow();
  });
});
