// Sources are outside input too: 1 MB of the characters each ingest regex or loop works on must not
// hold an ingest (or the app reassigning topics) for minutes.
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { expectFast } from "@/tests/setup/time-bound";
import { parseDateLine } from "./digest-dates";
import { findBinaryLine, isHeaderLine, normalizeWhitespace, splitLines } from "./digest-lines";
import { parseArxivAtom } from "./formats/arxiv-atom";
import { parseArxivJsonLine } from "./formats/arxiv-jsonl";
import { parseArxivOai } from "./formats/arxiv-oai";
import { detectFormat } from "./formats/detect";
import { parseHfDaily } from "./formats/hf-daily";
import { extractUrls } from "./links";
import { parseDigestText } from "./parse-digest-text";
import { validateItem } from "./source-record";
import { streamLines } from "./stream-lines";
import { assignTopics, MAX_RULE_ABSTRACT_CHARS } from "./taxonomy";

const MB = 1_000_000;
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const today = new Date("2026-11-27T00:00:00Z");
const quietly = (fn: () => unknown) => {
  try {
    fn();
  } catch {
    // A clear IngestError is a fine answer to garbage; only the time it takes is under test here.
  }
};

describe("link extraction on 1 MB", () => {
  it.each([
    ["closing brackets after a URL", `http://a.b/${fill(")")}`],
    ["mixed brackets", `http://a.b/${fill("(])")}`],
    ["trailing punctuation", `http://a.b/${fill(".")}`],
    ["http://×", fill("http://")],
    ["60,000 distinct URLs", Array.from({ length: 60_000 }, (_, i) => `http://a.b/${i} `).join("")],
  ])("stays fast: %s", (label, text) => {
    expectFast(`links: ${label}`, extractUrls, text);
  });

  it("still trims as before", () => {
    expect(extractUrls("see (https://en.wikipedia.org/wiki/Foo_(bar)). and https://x.org/a)]!")).toEqual([
      "https://en.wikipedia.org/wiki/Foo_(bar)",
      "https://x.org/a",
    ]);
  });
});

describe("taxonomy rules on a 1 MB title and abstract", () => {
  it.each([
    ["a×", fill("a")],
    ["one term repeated", fill("diffusion model ")],
    ["short mentions, many of them", fill("RL ")],
    ["many topics' terms", fill("reinforcement learning agents retrieval diffusion models prompt ")],
    ["lookbehind and lookahead terms", fill("retrieval-x-heads word retriever ")],
    ["hyphen runs", fill("chain-of-")],
  ])("stays fast: %s", (label, text) => {
    expectFast(`taxonomy (title): ${label}`, (t) => assignTopics(t, "x", ["cs.LG"]), text);
    expectFast(`taxonomy (abstract): ${label}`, (a) => assignTopics("x", a), text);
    // The rules read MAX_RULE_ABSTRACT_CHARS at most: at that length, a bound a quadratic count cannot meet.
    expectFast(
      `taxonomy (abstract, ${MAX_RULE_ABSTRACT_CHARS.toLocaleString("en-US")} chars): ${label}`,
      (a) => assignTopics("x", a),
      text.slice(0, MAX_RULE_ABSTRACT_CHARS),
      100,
    );
  });

  it("counts each mention once, however many there are", () => {
    // With a category, so the text rules (not the learned classifiers) decide.
    const [first] = assignTopics("x", "diffusion models ".repeat(2_900), ["cs.LG"]);
    expect(first?.reason).toBe('abstract mentions "diffusion models" ×2900');
  });
});

describe("the digest parser on 1 MB", () => {
  const parse = (text: string) => quietly(() => parseDigestText(text, { file: "x.txt", today }));
  it.each([
    ["stacked header lines", `Mar 13\n${fill("new\n")}`],
    ["stacked date lines", fill("Mar 13\n")],
    ["one day named per paper", fill("Mar 13\n\nA title\n\nThis is an abstract long enough to count. We do.\n\n")],
    ["one long line", `Mar 13\n\nT\n\n${fill(" a")}`],
    ["control characters", fill("\u0001a\n")],
    ["blank lines", fill("\n \r\n")],
    ["dots and quotes", `Mar 13\n\nT\n\n${fill('."')}`],
    ["a date-like line", `March${fill(" 1")}`],
  ])("stays fast: %s", (label, text) => {
    expectFast(`digest: ${label}`, parse, text);
  });

  it.each([
    ["date line", (t: string) => parseDateLine(t), fill("a")],
    ["header line", (t: string) => isHeaderLine(t), fill(" ")],
    ["whitespace", (t: string) => normalizeWhitespace(t), fill(" \t")],
    ["binary check", (t: string) => findBinaryLine(t, splitLines(t)), fill("\u0001\n")],
  ])("digest helpers stay fast: %s", (label, fn, text) => {
    expectFast(`digest helper: ${label}`, fn, text);
  });

  it("still merges the sections of a day named again", () => {
    const text = "Mar 13\n\nA title\n\nThis is an abstract long enough to count. We do.\n\n".repeat(3);
    expect(parseDigestText(text, { file: "x.txt", today })).toMatchObject([
      { date: "2026-03-13", papers: [{}, {}, {}] },
    ]);
  });
});

describe("the other ingest formats on 1 MB", () => {
  const record = (fields: object) => JSON.stringify({ id: "2401.00001", title: "t", abstract: "a", ...fields });
  const jsonLine = (t: string) => parseArxivJsonLine(t, 1);
  const atom = (t: string) => quietly(() => parseArxivAtom(t, "f"));
  const validate = (t: string) =>
    validateItem({
      at: { line: 1, record: null },
      candidate: {
        title: t,
        abstract: t,
        arxivId: null,
        authors: [t],
        keywords: [],
        links: [],
        categories: [],
        appearance: null,
      } as never,
    });
  it.each([
    ["JSON Lines: authors with whitespace runs", jsonLine, record({ authors: `a${fill(" ")}x` })],
    ["JSON Lines: authors joined by and", jsonLine, record({ authors: fill("a and ") })],
    ["JSON Lines: a huge id", jsonLine, record({ id: `arxiv${fill("a")}` })],
    ["JSON Lines: deep nesting", jsonLine, fill("[")],
    [
      "HF daily: a huge title",
      (t: string) => quietly(() => parseHfDaily(t, "f")),
      JSON.stringify([{ paper: { id: "x", title: fill("a "), summary: "s" } }]),
    ],
    ["Atom: an unclosed attribute", atom, `<feed><entry a="${fill("x")}`],
    ["Atom: many attributes", atom, `<feed><entry ${fill("a='1' ")}></entry></feed>`],
    ["Atom: unclosed elements", atom, `<feed>${fill("<a>")}`],
    ["Atom: entities", atom, `<feed><entry><title>${fill("&amp;")}</title></entry></feed>`],
    ["Atom: comments", atom, `<feed>${fill("<!--")}`],
    ["OAI-PMH: <×", (t: string) => quietly(() => parseArxivOai(t, "f")), fill("<")],
    ["format detection", detectFormat, `${fill(" ")}<OAI-PMH`],
    ["record validation", validate, fill(" \t")],
  ])("stays fast: %s", (label, parse, text) => {
    expectFast(`ingest format: ${label}`, parse, text);
  });

  it("splits a stream into lines without rescanning or holding an endless line", async () => {
    const chunks = (text: string) =>
      Readable.from(
        Array.from({ length: Math.ceil(text.length / 65_536) }, (_, i) =>
          Buffer.from(text.slice(i * 65_536, (i + 1) * 65_536)),
        ),
      );
    const collect = async (text: string) => {
      const out: (string | null)[] = [];
      for await (const line of streamLines(chunks(text), 1_000)) out.push(line);
      return out;
    };
    expect(await collect("a\r\nb\n\nc")).toEqual(["a", "b", "", "c"]);
    expect(await collect(`x\n${"y".repeat(1_001)}\nz\n`)).toEqual(["x", null, "z"]);
    const start = process.cpuUsage();
    expect(await collect(fill("q", 16 * MB))).toEqual([null]);
    const cpu = process.cpuUsage(start);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(500);
  });
});
