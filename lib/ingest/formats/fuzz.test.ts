// Property-based tests: arbitrary and mutated inputs thrown at every parser (10,500 cases a run).
// Each must return items whose rejections name a line or record and a field, or throw an
// IngestError naming file and field — never another error, never hang (bad input).
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IngestError } from "../errors";
import { type ParsedItem, validateItem } from "../source-record";
import { parseArxivAtom } from "./arxiv-atom";
import { parseArxivJsonLine } from "./arxiv-jsonl";
import { parseArxivOai } from "./arxiv-oai";
import { detectFormat } from "./detect";
import { parseDigestTextItems } from "./digest-text";
import { parseHfDaily } from "./hf-daily";

const FIXTURES = path.join(process.cwd(), "tests/fixtures/formats");
const read = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");
const SEED_HEAD = readFileSync(path.join(process.cwd(), "prisma/seed-digest.txt"), "utf8").slice(0, 3_000);
const OAI = read("arxiv-oai-pmh.listrecords-oai_dc.20-records.xml");
// Three records and the token keep each case fast.
const OAI_SMALL =
  OAI.slice(0, OAI.split("</record>", 3).join("</record>").length) +
  "</record><resumptionToken>x|1</resumptionToken></ListRecords></OAI-PMH>";
const LISTING_LINES = read("arxiv-daily-listing.2026-07-01.head40.jsonl").split("\n").slice(0, 10);

/** A sample with a slice deleted, duplicated or replaced by arbitrary text, or truncated. */
const mutated = (sample: string) =>
  fc
    .tuple(
      fc.nat({ max: sample.length }),
      fc.nat({ max: 200 }),
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.constantFrom("delete", "insert", "replace", "duplicate", "truncate"),
    )
    .map(([at, len, text, op]) => {
      const [head, tail] = [sample.slice(0, at), sample.slice(at)];
      if (op === "delete") return head + tail.slice(len);
      if (op === "insert") return head + text + tail;
      if (op === "replace") return head + text + tail.slice(len);
      if (op === "duplicate") return head + tail.slice(0, len) + tail;
      return head;
    });
const inputs = (sample: string) => fc.oneof(mutated(sample), fc.string({ unit: "binary", maxLength: 300 }));

function checkItems(items: ParsedItem[]): void {
  for (const item of items) {
    const v = validateItem(item);
    if (v.ok) continue;
    expect(v.rejection.at.line !== null || v.rejection.at.record !== null).toBe(true);
    expect(v.rejection.field.length).toBeGreaterThan(0);
  }
}

function checkParser(parse: (text: string) => ParsedItem[]) {
  return (text: string) => {
    try {
      checkItems(parse(text));
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      expect(error.file).toBe("fuzz");
      expect(error.field.length).toBeGreaterThan(0);
    }
    expect(() => detectFormat(text)).not.toThrow();
  };
}

const today = new Date("2026-11-27T00:00:00Z");

describe("parsers under arbitrary and mutated input", () => {
  it("digest text (2,000 cases)", () => {
    fc.assert(
      fc.property(
        inputs(SEED_HEAD),
        checkParser((t) => parseDigestTextItems(t, { file: "fuzz", today })),
      ),
      { numRuns: 2_000 },
    );
  });

  it("HF daily papers JSON (2,000 cases)", () => {
    const sample = read("hf-daily-papers.api-response.5-items.json").slice(0, 8_000);
    fc.assert(
      fc.property(
        inputs(sample),
        checkParser((t) => parseHfDaily(t, "fuzz")),
      ),
      { numRuns: 2_000 },
    );
  });

  it("arXiv Atom (2,000 cases)", () => {
    fc.assert(
      fc.property(
        inputs(read("arxiv-api-atom.id-list-query.xml")),
        checkParser((t) => parseArxivAtom(t, "fuzz")),
      ),
      { numRuns: 2_000 },
    );
  });

  it("arXiv OAI-PMH (1,500 cases)", () => {
    fc.assert(
      fc.property(
        inputs(OAI_SMALL),
        checkParser((t) => parseArxivOai(t, "fuzz").items),
      ),
      { numRuns: 1_500 },
    );
  });

  it("arXiv JSON Lines (3,000 cases)", () => {
    const lines = fc.oneof(
      ...LISTING_LINES.map((l) => mutated(l)),
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.json(),
    );
    fc.assert(
      fc.property(lines, fc.nat({ max: 1_000_000 }), (line, n) => {
        const item = parseArxivJsonLine(line, n + 1);
        if (item === null) {
          expect(line.trim()).toBe("");
          return;
        }
        expect(item.at.line).toBe(n + 1);
        checkItems([item]);
      }),
      { numRuns: 3_000 },
    );
  });
});
