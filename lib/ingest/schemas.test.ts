import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { isCalendarDate } from "@/lib/domain/days";
import { DigestInputSchema, LinkInputSchema } from "./schemas";

describe("schemas", () => {
  it("accepts only real calendar days", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("0099-01-01")).toBe(true);
    expect(isCalendarDate("2026-3-13")).toBe(false);
    expect(DigestInputSchema.shape.date.safeParse("2026-04-31").success).toBe(false);
  });

  it("accepts only http(s) link URLs", () => {
    expect(LinkInputSchema.safeParse({ url: "https://github.com/a/b", kind: "code" }).success).toBe(true);
    expect(LinkInputSchema.safeParse({ url: "ftp://a.org/x", kind: "code" }).success).toBe(false);
    expect(LinkInputSchema.safeParse({ url: "javascript:alert(1)", kind: "project" }).success).toBe(false);
    expect(LinkInputSchema.safeParse({ url: "https://a.org", kind: "paper" }).success).toBe(false);
  });
});

describe("IngestError", () => {
  it("formats file:line: field: reason, leaving out a missing line", () => {
    const withLine = new IngestError({ file: "seed.txt", line: 12, field: "title" }, "title has no abstract");
    expect(withLine.message).toBe("seed.txt:12: title: title has no abstract");
    expect(withLine).toBeInstanceOf(Error);
    expect(withLine.name).toBe("IngestError");
    expect(new IngestError({ file: "seed.txt", line: null, field: "file" }, "digest is empty").message).toBe(
      "seed.txt: file: digest is empty",
    );
  });
});
