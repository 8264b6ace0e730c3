import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { isCalendarDate } from "@/lib/domain/days";
import { DigestDateSchema } from "./schemas";
import { SourceRecordSchema } from "./source-record";

describe("schemas", () => {
  it("accepts only real calendar days", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2025-02-29")).toBe(false);
    expect(isCalendarDate("2026-13-01")).toBe(false);
    expect(isCalendarDate("0099-01-01")).toBe(true);
    expect(isCalendarDate("2026-3-13")).toBe(false);
    expect(DigestDateSchema.safeParse("2026-04-31").success).toBe(false);
    expect(DigestDateSchema.safeParse("2026-04-30").success).toBe(true);
  });

  it("accepts only http(s) link URLs on a record", () => {
    const links = SourceRecordSchema.shape.links;
    expect(links.safeParse(["https://github.com/a/b", "http://a.org"]).success).toBe(true);
    expect(links.safeParse(["ftp://a.org/x"]).success).toBe(false);
    expect(links.safeParse(["javascript:alert(1)"]).success).toBe(false);
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
