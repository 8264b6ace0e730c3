// Auth origins, the generated secret, and the return-path guard against open redirects.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ReturnPathSchema } from "@/lib/validation/auth";
import { TagListSchema } from "@/lib/validation/library";
import { resolveAuthOrigins } from "@/lib/app-origins";
import { loadOrCreateAuthSecret } from "./secret";

const dir = mkdtempSync(path.join(os.tmpdir(), "paperboard-auth-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("resolveAuthOrigins", () => {
  it("trusts localhost and 127.0.0.1 on the port by default", () => {
    expect(resolveAuthOrigins({ PORT: 4000 })).toEqual({
      baseURL: "http://localhost:4000",
      trustedOrigins: ["http://localhost:4000", "http://127.0.0.1:4000"],
    });
  });

  it("uses APP_URL's origin (only) plus extra trusted origins", () => {
    expect(
      resolveAuthOrigins({
        PORT: 3000,
        APP_URL: "https://papers.example/app/",
        AUTH_TRUSTED_ORIGINS: "https://www.papers.example/, https://papers.example",
      }),
    ).toEqual({
      baseURL: "https://papers.example",
      trustedOrigins: ["https://papers.example", "https://www.papers.example"],
    });
  });
});

describe("loadOrCreateAuthSecret", () => {
  it("creates a private secret once and keeps it", () => {
    const first = loadOrCreateAuthSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadOrCreateAuthSecret(dir)).toBe(first);
    expect(readFileSync(path.join(dir, "auth-secret"), "utf8")).toBe(first);
    expect(statSync(path.join(dir, "auth-secret")).mode & 0o077).toBe(0);
  });
});

describe("ReturnPathSchema", () => {
  it.each([
    ["/papers/x?y=1#z", "/papers/x?y=1#z"],
    ["/", "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example", "/"],
    ["/%0d%0aSet-Cookie:x", "/%0d%0aSet-Cookie:x"],
    ["javascript:alert(1)", "/"],
    [undefined, "/"],
    ["/ok\u0000", "/"],
  ])("%s → %s", (input, expected) => {
    expect(ReturnPathSchema.parse(input)).toBe(expected);
  });
});

describe("TagListSchema", () => {
  it("trims, lower-cases and deduplicates", () => {
    expect(TagListSchema.parse(" LLM, llm ,to-cite,, ")).toEqual(["llm", "to-cite"]);
  });
});
