// Every format parser against the real captured samples in tests/fixtures/formats.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { IngestError } from "../errors";
import { type SourceRecord, validateItem, type ParsedItem } from "../source-record";
import { parseArxivAtom } from "./arxiv-atom";
import { parseArxivJsonLine } from "./arxiv-jsonl";
import { parseArxivOai } from "./arxiv-oai";
import { detectFormat } from "./detect";
import { parseHfDaily } from "./hf-daily";

const FIXTURES = path.join(process.cwd(), "tests/fixtures/formats");
const read = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

function records(items: ParsedItem[]): SourceRecord[] {
  return items.map((item) => {
    const v = validateItem(item);
    if (!v.ok) throw new Error(`${JSON.stringify(v.rejection)}`);
    return v.record;
  });
}

describe("Hugging Face daily papers", () => {
  it("reads the compact 30-item capture with day, rank, upvotes, comments, links and keywords", () => {
    const rs = records(parseHfDaily(read("hf-daily-papers.api-response.30-items.json"), "hf.json"));
    expect(rs).toHaveLength(30);
    expect(rs.every((r) => r.appearance?.date === "2026-06-12")).toBe(true);
    expect(rs.map((r) => r.appearance?.rank)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(rs.every((r) => r.arxivId !== null && r.authors.length > 0)).toBe(true);
    expect(rs.some((r) => r.keywords.length > 0 && r.links.some((l) => l.includes("github.com")))).toBe(true);
  });

  it("reads the pretty-printed 5-item capture the same way", () => {
    const [first] = records(parseHfDaily(read("hf-daily-papers.api-response.5-items.json"), "hf.json"));
    expect(first).toMatchObject({
      arxivId: "2607.23193",
      publishedAt: "2026-07-28",
      appearance: { date: "2026-07-31", rank: 1, upvotes: 3, commentCount: 2, source: "hf-daily" },
    });
    expect(first?.links).toContain("https://github.com/MAC-AutoML/OmniScope");
  });

  it("rejects one bad item by number and fails a file that is not an array", () => {
    const items = parseHfDaily(JSON.stringify([{ paper: { id: "1", title: 5 } }]), "x.json");
    expect(items[0]).toMatchObject({ at: { record: "item 1" }, rejection: { field: "paper.title" } });
    expect(() => parseHfDaily("{}", "x.json")).toThrow(IngestError);
    expect(() => parseHfDaily("[1,", "x.json")).toThrow(/x\.json: json: not JSON/);
  });
});

describe("arXiv API Atom", () => {
  it("reads ids with versions, unwrapped abstracts, primary-first categories, DOI, journal ref", () => {
    const [r] = records(parseArxivAtom(read("arxiv-api-atom.id-list-query.xml"), "a.xml"));
    expect(r).toMatchObject({
      arxivId: "1601.00001",
      arxivVersion: 1,
      title: "Inelastic effects in molecular transport junctions: The probe technique at high bias",
      authors: ["Michael Kilgour", "Dvira Segal"],
      categories: ["cond-mat.mes-hall"],
      publishedAt: "2015-12-26",
      doi: "10.1063/1.4944470",
      journalRef: "J. Chem. Phys. 144, 124107 (2016)",
    });
    expect(r?.abstract).toMatch(
      /^We extend the Landauer-B\\"uttiker probe formalism for conductances to the high bias regime, and/,
    );
  });

  it("reads several categories and comments", () => {
    const rs = records(parseArxivAtom(read("arxiv-api-atom.cs-RO-query.xml"), "a.xml"));
    expect(rs).toHaveLength(2);
    expect(rs[0]?.categories[0]).toBe("cs.RO");
    expect(rs.some((r) => r.categories.length > 1 && r.comments !== null)).toBe(true);
  });

  it("names the line of malformed XML", () => {
    expect(() => parseArxivAtom("<feed>\n<entry>\n</feed>", "bad.xml")).toThrow(/bad\.xml:\d+: xml: malformed XML/);
  });
});

describe("arXiv OAI-PMH ListRecords", () => {
  it("reads oai_dc records with authors first-name-first, comments and the resumption token", () => {
    const page = parseArxivOai(read("arxiv-oai-pmh.listrecords-oai_dc.20-records.xml"), "o.xml");
    expect(page.resumptionToken).toBe("6511260|1001");
    const rs = records(page.items);
    expect(rs).toHaveLength(20);
    expect(rs[0]).toMatchObject({
      arxivId: "0806.4410",
      title: "Summing the curious series of Kempner and Irwin",
      authors: ["Robert Baillie"],
      publishedAt: "2008-06-27",
    });
    expect(rs[0]?.comments).toMatch(/^29 pages, 2 figures/);
    expect(rs[0]?.abstract).toMatch(/^In 1914, Kempner proved/);
  });
});

describe("arXiv JSON Lines", () => {
  it("reads the daily listing shape", () => {
    const lines = read("arxiv-daily-listing.2026-07-01.head40.jsonl").split("\n");
    const rs = records(lines.flatMap((l, i) => parseArxivJsonLine(l, i + 1) ?? []));
    expect(rs).toHaveLength(40);
    expect(rs[0]).toMatchObject({
      arxivId: "2606.30776",
      title: "Optimal Auctions for Constrained Buyers",
      categories: ["cs.GT"],
    });
  });

  it("reads the gzipped corpus shape", () => {
    const text = gunzipSync(readFileSync(path.join(FIXTURES, "arxiv-corpus.head3000.jsonl.gz"))).toString("utf8");
    const items = text
      .split("\n")
      .slice(0, 500)
      .flatMap((l, i) => parseArxivJsonLine(l, i + 1) ?? []);
    const ok = items.map(validateItem).filter((v) => v.ok);
    expect(ok.length).toBeGreaterThan(450);
    expect(items[0]).toMatchObject({ candidate: { arxivId: "0704.0125", authors: ["Michael Reissig", "Jens Wirth"] } });
  });

  it("reads the metadata snapshot shape and rejects bad lines with their line number", () => {
    const snapshot = {
      id: "0704.0001",
      title: "T",
      abstract: "A",
      authors: "A. One, B. Two and C. Three",
      categories: "hep-ph math.CO",
      "journal-ref": "J 1",
      versions: [{ version: "v1", created: "Mon, 2 Apr 2007 19:18:42 GMT" }, { version: "v2" }],
    };
    expect(parseArxivJsonLine(JSON.stringify(snapshot), 1)).toMatchObject({
      candidate: {
        arxivVersion: 2,
        authors: ["A. One", "B. Two", "C. Three"],
        categories: ["hep-ph", "math.CO"],
        publishedAt: "2007-04-02",
        journalRef: "J 1",
      },
    });
    expect(parseArxivJsonLine("{nope", 7)).toMatchObject({ at: { line: 7 }, rejection: { field: "json" } });
    expect(parseArxivJsonLine('{"id":"x","title":"t"}', 8)).toMatchObject({
      at: { line: 8 },
      rejection: { field: "id" },
    });
  });
});

describe("detectFormat", () => {
  it("tells every sample apart", () => {
    expect(detectFormat(read("hf-daily-papers.api-response.5-items.json"))).toBe("hf-daily");
    expect(detectFormat(read("arxiv-api-atom.cs-RO-query.xml"))).toBe("arxiv-atom");
    expect(detectFormat(read("arxiv-oai-pmh.listrecords-oai_dc.20-records.xml"))).toBe("arxiv-oai");
    expect(detectFormat(read("arxiv-daily-listing.2026-07-01.head40.jsonl"))).toBe("arxiv-jsonl");
    expect(detectFormat("Mar 13\n\nA title\n")).toBe("digest-text");
  });
});
