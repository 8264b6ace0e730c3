import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { IngestError } from "./errors";
import { parseDigestText, type RawDigest } from "./parse-digest-text";
import { toDigestInput } from "./to-digest-input";

const SEED = readFileSync(path.join(process.cwd(), "prisma/seed-digest.txt"), "utf8");
const ABSTRACT = "We study a thing. Results show that the thing improves other things by a wide margin.";

function ingestError(raw: RawDigest): IngestError {
  try {
    toDigestInput(raw, "digest-text", "d.txt");
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error("expected an IngestError");
}

describe("toDigestInput on the seed digest", () => {
  const raw = parseDigestText(SEED, { file: "seed", today: new Date("2026-11-27") });
  const digest = toDigestInput(raw, "digest-text", "seed");

  it("builds one validated record per paper, ranked in digest order", () => {
    expect(digest.date).toBe("2026-03-13");
    expect(digest.source).toBe("digest-text");
    expect(digest.papers).toHaveLength(98);
    expect(digest.papers.map((p) => p.rank)).toEqual(Array.from({ length: 98 }, (_, i) => i + 1));
    expect(digest.papers.map((p) => p.title)).toEqual(raw.papers.map((p) => p.title));
    for (const p of digest.papers) {
      expect(p.arxivId).toBeNull();
      expect(p.id).toMatch(/^t-[0-9a-f]{16}$/);
      expect(p.topics.length).toBeGreaterThan(0);
    }
  });

  it("attaches the classified links to the paper that mentions them", () => {
    const byTitle = (start: string) => digest.papers.find((p) => p.title.startsWith(start));
    expect(byTitle("Towards Multi-View Consistent Style Transfer")?.links).toEqual([
      { url: "https://github.com/YushenZuo/OSDiffST", kind: "code" },
    ]);
    expect(byTitle("HelpSteer2-Preference")?.links).toEqual([
      { url: "https://huggingface.co/datasets/nvidia/HelpSteer2", kind: "dataset" },
      { url: "https://huggingface.co/nvidia/Llama-3.1-Nemotron-70B-Reward", kind: "model" },
    ]);
    expect(digest.papers.flatMap((p) => p.links)).toHaveLength(28);
    expect(byTitle("Theme Transformer")?.links).toEqual([]);
  });
});

describe("toDigestInput errors", () => {
  it("names both lines of a paper that appears twice", () => {
    const raw: RawDigest = {
      date: "2026-03-13",
      papers: [
        { title: "A Paper", abstract: ABSTRACT, line: 3 },
        { title: "Other", abstract: ABSTRACT, line: 7 },
        { title: "a paper.", abstract: ABSTRACT, line: 11 },
      ],
    };
    const error = ingestError(raw);
    expect(error).toMatchObject({ file: "d.txt", line: 11, field: "title" });
    expect(error.reason).toContain("lines 3 and 11");
  });

  it("points a schema failure at the paper's title line and field", () => {
    const raw: RawDigest = {
      date: "2026-03-13",
      papers: [
        { title: "Fine", abstract: ABSTRACT, line: 3 },
        { title: "Huge", abstract: "x".repeat(20_001), line: 7 },
      ],
    };
    expect(ingestError(raw)).toMatchObject({ file: "d.txt", line: 7, field: "abstract" });
  });

  it("points a digest-level failure at the field with no line", () => {
    const raw: RawDigest = { date: "2026-02-30", papers: [{ title: "Fine", abstract: ABSTRACT, line: 3 }] };
    expect(ingestError(raw)).toMatchObject({ line: null, field: "date" });
    expect(ingestError({ date: "2026-03-13", papers: [] })).toMatchObject({ line: null, field: "papers" });
  });
});
