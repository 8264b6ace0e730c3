import { describe, expect, it } from "vitest";
import { bodyLimitFor, formatBytes, parseContentLength } from "./body-limits";

describe("body limits", () => {
  it("gives the library import its generous cap and everything else the small one", () => {
    const limits = { defaultBytes: 65_536, importBytes: 4_194_304 };
    expect(bodyLimitFor("/library/import", limits)).toBe(4_194_304);
    expect(bodyLimitFor("/library", limits)).toBe(65_536);
    expect(bodyLimitFor("/api/subscribe", limits)).toBe(65_536);
    expect(bodyLimitFor("/library/import/x", limits)).toBe(65_536);
  });

  it("reads a declared length, none, or refuses what is not a length", () => {
    expect(parseContentLength("1024")).toBe(1024);
    expect(parseContentLength(undefined)).toBeNull();
    expect(parseContentLength("-1")).toBe("invalid");
    expect(parseContentLength("1e9")).toBe("invalid");
    expect(formatBytes(65_536)).toBe("64 KiB");
    expect(formatBytes(4 * 1024 * 1024)).toBe("4 MiB");
  });
});
