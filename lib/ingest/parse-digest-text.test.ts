import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDateLine } from "./digest-dates";
import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { type ParseDigestOptions, parseDigestText, type RawDigest } from "./parse-digest-text";

const SEED = readFileSync(path.join(process.cwd(), "prisma/seed-digest.txt"), "utf8");
const TODAY = new Date("2026-11-27T12:00:00Z");
const opts = (extra: Partial<ParseDigestOptions> = {}): ParseDigestOptions => ({
  file: "seed.txt",
  today: TODAY,
  ...extra,
});

const ABSTRACT_A = "We study a thing. Results show that the thing improves other things by a wide margin.";
const ABSTRACT_B = "Another abstract that is long enough to count. It ends like a sentence does.";
/** A digest from its lines; "" is a blank line. */
const digest = (...lines: string[]) => lines.join("\n");

/** The one day of a single-day digest. */
function parseOneDay(text: string, o: ParseDigestOptions): RawDigest {
  const days = parseDigestText(text, o);
  expect(days).toHaveLength(1);
  return days[0]!;
}

function parseError(text: string, extra: Partial<ParseDigestOptions> = {}): IngestError {
  try {
    parseDigestText(text, opts(extra));
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error("expected an IngestError");
}

describe("parseDigestText on the seed digest", () => {
  const raw = parseOneDay(SEED, opts());

  it("finds all 98 papers in order, with their title lines", () => {
    expect(raw.papers).toHaveLength(98);
    expect(raw.papers[0]).toMatchObject({
      title: "Theme Transformer: Symbolic Music Generation with Theme-Conditioned Transformer",
      line: 11,
    });
    expect(raw.papers.at(-1)).toMatchObject({
      title: "Dynamic Normativity: Necessary and Sufficient Conditions for Value Alignment",
      line: 399,
    });
    expect(raw.papers[0]?.abstract.startsWith("Attention-based Transformer models have been increasingly")).toBe(true);
  });

  it("never turns a page-header line into a title", () => {
    const headers = ["new", "get trending papers in your email inbox!", "subscribe", "byak and the research community"];
    for (const p of raw.papers) expect(headers).not.toContain(p.title.toLowerCase());
  });

  it("keeps every abstract exactly as its source line, whitespace-normalised", () => {
    const lines = SEED.split("\n");
    for (const p of raw.papers) {
      // Title at `line`, blank line, abstract two lines further down (1-based → index line + 1).
      expect(p.abstract).toBe(lines[p.line + 1]?.replace(/\s+/g, " ").trim());
      expect(p.abstract).not.toMatch(/\s{2}|^\s|\s$/);
    }
  });

  it("resolves the year-less date to the latest such day not after today", () => {
    expect(raw.date).toBe("2026-03-13");
    expect(parseOneDay(SEED, opts({ today: new Date("2026-02-01") })).date).toBe("2025-03-13");
    expect(parseOneDay(SEED, opts({ today: new Date("2026-03-13") })).date).toBe("2026-03-13");
  });

  it("lets an explicit date override the date line", () => {
    expect(parseOneDay(SEED, opts({ date: "2024-07-01" })).date).toBe("2024-07-01");
    expect(parseError(SEED, { date: "2024-02-30" })).toMatchObject({ line: null, field: "date" });
  });

  it("gives identical output for CRLF (and bare CR) line endings and a BOM", () => {
    expect(parseOneDay(SEED.replace(/\n/g, "\r\n"), opts())).toEqual(raw);
    expect(parseOneDay(SEED.replace(/\n/g, "\r"), opts())).toEqual(raw);
    expect(parseOneDay(`\uFEFF${SEED}`, opts())).toEqual(raw);
  });
});

describe("parseDigestText layout rules", () => {
  it("normalises whitespace and joins a paragraph spread over several lines", () => {
    const raw = parseOneDay(
      digest(
        "by AK and the research community",
        "",
        "  March 13, 2025 ",
        "",
        "A \t Title  here",
        "",
        "We study a thing.",
        "  Results   show",
        "that it works.",
      ),
      opts(),
    );
    expect(raw).toEqual({
      date: "2025-03-13",
      papers: [{ title: "A Title here", abstract: "We study a thing. Results show that it works.", line: 5 }],
    });
  });

  it("accepts an abstract directly under its title and header lines with no blank between them", () => {
    const raw = parseOneDay(
      digest("new", "Subscribe", "Mar 13", "Title One", ABSTRACT_A, "", "Title Two", "", ABSTRACT_B),
      opts(),
    );
    expect(raw.papers.map((p) => [p.title, p.line])).toEqual([
      ["Title One", 4],
      ["Title Two", 7],
    ]);
  });

  it("resolves Feb 29 to the last leap year and rejects days that do not exist", () => {
    expect(parseOneDay(digest("Feb 29", "", "T", "", ABSTRACT_A), opts()).date).toBe("2024-02-29");
    expect(parseError(digest("new", "", "Feb 30", "", "T", "", ABSTRACT_A))).toMatchObject({ line: 3, field: "date" });
  });

  it("merges repeated date lines for the same day and splits different days", () => {
    const same = digest("Mar 13", "", "T1", "", ABSTRACT_A, "", "March 13", "", "T2", "", ABSTRACT_B);
    expect(parseOneDay(same, opts()).papers).toHaveLength(2);
    const twoDays = digest(
      "Mar 13",
      "",
      "T1",
      "",
      ABSTRACT_A,
      "",
      "Mar 14",
      "",
      "T2",
      "",
      ABSTRACT_B,
      "",
      "Mar 13",
      "T3",
      ABSTRACT_A,
    );
    const days = parseDigestText(twoDays, opts());
    expect(days.map((d) => [d.date, d.papers.map((p) => p.title)])).toEqual([
      ["2026-03-13", ["T1", "T3"]],
      ["2026-03-14", ["T2"]],
    ]);
  });

  it("reads CRLF multi-day files with Unicode titles", () => {
    const text = digest(
      "Mar 13",
      "",
      "Čeština ünd 日本語 — a title",
      "",
      ABSTRACT_A,
      "",
      "Mar 12",
      "",
      "T2",
      "",
      ABSTRACT_B,
    ).replace(/\n/g, "\r\n");
    const days = parseDigestText(text, opts());
    expect(days.map((d) => d.date)).toEqual(["2026-03-13", "2026-03-12"]);
    expect(days[0]?.papers[0]).toMatchObject({ title: "Čeština ünd 日本語 — a title", line: 3 });
  });
});

describe("parseDigestText errors", () => {
  it("reports a title with no abstract at the end of the file", () => {
    const error = parseError(digest("Mar 13", "", "T1", "", ABSTRACT_A, "", "Lonely Title", ""));
    expect(error).toMatchObject({ file: "seed.txt", line: 7, field: "abstract" });
    expect(error.message).toBe("seed.txt:7: abstract: title has no abstract: the file ends after it");
  });

  it("reports a title followed directly by the next title", () => {
    const next = "A Next Title Long Enough To Pass The Length Check";
    const text = digest("Mar 13", "", "T1", "", ABSTRACT_A, "", "Title Without Abstract", "", next, "", ABSTRACT_B);
    expect(parseError(text)).toMatchObject({ line: 7, field: "abstract" });
    // The seed with its second abstract (line 17) deleted: the error names the second title's line.
    const lines = SEED.split("\n");
    const seedMissingAbstract = [...lines.slice(0, 16), ...lines.slice(18)].join("\n");
    expect(parseError(seedMissingAbstract)).toMatchObject({ line: 15, field: "abstract" });
  });

  it("reports an abstract too short to be one", () => {
    expect(parseError(digest("Mar 13", "", "T1", "", "Too short."))).toMatchObject({ line: 3, field: "abstract" });
  });

  it("reports a paragraph where a title should be", () => {
    const text = digest("Mar 13", "", "T1", "", ABSTRACT_A, "", `${ABSTRACT_B} `.repeat(5), "", "T3", "", ABSTRACT_A);
    expect(parseError(text)).toMatchObject({ line: 7, field: "title" });
  });

  it("reports a digest with no date line at its first paper", () => {
    const error = parseError(digest("Subscribe", "", "T1", "", ABSTRACT_A));
    expect(error).toMatchObject({ line: 3, field: "date" });
    expect(error.reason).toContain("digest has no date line");
    // With an explicit date the same file is fine.
    expect(parseOneDay(digest("T1", "", ABSTRACT_A), opts({ date: "2026-01-02" })).papers).toHaveLength(1);
  });

  it("rejects binary content at the first offending line", () => {
    expect(parseError(digest("Mar 13", "", "T1", "", `${ABSTRACT_A}\u0000\u0001`))).toMatchObject({
      line: 5,
      field: "file",
      reason: "binary or non-text content",
    });
    expect(parseError(digest("Mar 13", "", "T\uFFFD1", "", ABSTRACT_A))).toMatchObject({ line: 3, field: "file" });
    expect(parseError(digest("Mar 13", "", "T1", "", `${ABSTRACT_A}\u0002\u0003\u0004`))).toMatchObject({
      line: 5,
      field: "file",
    });
  });

  it("rejects an empty file and a file with no papers", () => {
    expect(parseError("")).toMatchObject({ line: null, field: "file" });
    expect(parseError("\uFEFF \r\n\r\n")).toMatchObject({ line: null, field: "file" });
    expect(parseError(digest("new", "", "Mar 13", ""))).toMatchObject({ line: 3, field: "papers" });
  });
});

describe("parseDateLine", () => {
  it("reads month names only, never a word Object.prototype happens to know", () => {
    expect(parseDateLine("Mar 13")).toEqual({ month: 3, day: 13, year: null });
    expect(parseDateLine("constructor 13")).toBeNull();
    expect(parseDateLine("toString 2")).toBeNull();
  });
});
