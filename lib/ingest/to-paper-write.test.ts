// From parsed records to what storage gets: identity, versions, authors, links, topics and the content hash.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDigestTextItems } from "./formats/digest-text";
import { candidate } from "./formats/candidate";
import { SourceRecordSchema, validateItem } from "./source-record";
import { toPaperWrite } from "./to-paper-write";

const SEED = readFileSync(path.join(process.cwd(), "prisma/seed-digest.txt"), "utf8");
const ABSTRACT = "We study a thing. Results show that the thing improves other things by a wide margin.";

describe("the seed digest as paper writes", () => {
  const items = parseDigestTextItems(SEED, { file: "seed", today: new Date("2026-11-27") });
  const writes = items.map((item) => {
    const v = validateItem(item);
    if (!v.ok) throw new Error(v.rejection.reason);
    return toPaperWrite(v.record, "digest-text");
  });

  it("ranks 98 papers in digest order with title-based ids and topics", () => {
    expect(writes).toHaveLength(98);
    expect(writes.map((w) => w.appearance?.rank)).toEqual(Array.from({ length: 98 }, (_, i) => i + 1));
    expect(writes.every((w) => /^t-[0-9a-f]{16}$/.test(w.id) && w.topics.length > 0)).toBe(true);
  });

  it("attaches the classified links to the paper that mentions them", () => {
    const byTitle = (start: string) => writes.find((p) => p.title.startsWith(start));
    expect(byTitle("HelpSteer2-Preference")?.links).toEqual([
      { url: "https://huggingface.co/datasets/nvidia/HelpSteer2", kind: "dataset" },
      { url: "https://huggingface.co/nvidia/Llama-3.1-Nemotron-70B-Reward", kind: "model" },
    ]);
    expect(writes.flatMap((p) => p.links)).toHaveLength(28);
  });

  it("rejects a paper listed twice in one day, naming both lines", () => {
    const text = ["Mar 13", "", "A Paper", "", ABSTRACT, "", "a paper.", "", ABSTRACT].join("\n");
    const [, second] = parseDigestTextItems(text, { file: "d.txt", today: new Date("2026-11-27") });
    expect(second).toMatchObject({
      at: { line: 7 },
      rejection: { field: "title", reason: expect.stringContaining("lines 3 and 7") },
    });
  });
});

describe("arXiv identity", () => {
  const record = (fields: Partial<Parameters<typeof candidate>[0]>) =>
    SourceRecordSchema.parse(candidate({ title: "A  title", abstract: ABSTRACT, ...fields }));

  it("collapses versions to one id and tells them apart by hash", () => {
    const v1 = toPaperWrite(record({ arxivId: "2403.12345", arxivVersion: 1 }), "s");
    const v2 = toPaperWrite(record({ arxivId: "2403.12345", arxivVersion: 2 }), "s");
    expect(v1.id).toBe("arxiv-2403_12345");
    expect(v2.id).toBe(v1.id);
    expect(v2.contentHash).not.toBe(v1.contentHash);
    expect(toPaperWrite(record({ arxivId: "2403.12345", arxivVersion: 1 }), "other").contentHash).toBe(v1.contentHash);
  });

  it("keeps authors in order with name-derived ids, and categories primary first", () => {
    const w = toPaperWrite(
      record({ authors: ["Ana Núñez", "Bo Li", "ana nunez"], categories: ["cs.CL", "cs.LG", "cs.CL"] }),
      "s",
    );
    expect(w.authors.map((a) => a.name)).toEqual(["Ana Núñez", "Bo Li"]);
    expect(w.categories).toEqual(["cs.CL", "cs.LG"]);
    expect(w.title).toBe("A title");
  });
});
