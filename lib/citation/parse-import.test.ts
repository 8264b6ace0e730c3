// The library import reads whatever a signed-in visitor uploads: 1 MB of hostile text must not hold
// the server's one thread (an unanchored arXiv-id regex once took minutes on "arxiv" + "a"×1e6).
import { describe, expect, it } from "vitest";
import { expectFast } from "@/tests/setup/time-bound";
import { MAX_ENTRY_CHARS, MAX_PIECE_CHARS, planBibtex } from "./bibtex-pieces";
import { MAX_BIBTEX_MARKS, MAX_IMPORT_ENTRIES, parseImport, parseImportSteps } from "./parse-import";

const MB = 1_000_000;
const fill = (unit: string, size = MB) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

describe("parseImport on adversarial 1 MB input", () => {
  it.each([
    ["arxiv + a×1e6 (one token)", `arxiv${fill("a")}`],
    ["arXiv tokens of 200 letters", fill(`arxiv${"a".repeat(195)} `)],
    ["arXiv URL tokens", fill(`https://arxiv.org/abs/${"a".repeat(178)} `)],
    [
      "5,000 ids then one huge token",
      `${"2401.00001 ".repeat(MAX_IMPORT_ENTRIES - 1)}arxiv${fill("1234.", MB - 55_000)}`,
    ],
    ["1234.×", `arxiv${fill("1234.")}`],
    ["http://×", fill("http://")],
    ["separators only", fill(" ,;\n")],
    ["@ without entries", fill("@")],
    ["@a{ × (too many entries)", fill("@a{")],
    ["@a( × (too many entries)", fill("@a(")],
    ["unclosed braces", `@misc{a, title={${fill("{")}`],
    ["nested braces", `@misc{a, title=${fill("{", MB / 2)}${fill("}", MB / 2)}}`],
    ["one huge field", `@misc{a, title={${fill("a")}}}`],
    ["one huge arXiv note", `@misc{a, note={arXiv ${fill("1234.")}}}`],
    ["escaped quotes", `@misc{a, title="${fill('\\"')}`],
    ["backslashes in braces", `@misc{a, title={${fill("\\")}}}`],
    ["whitespace before the brace", `@misc${fill(" ")}{a, title={x}}`],
    ["comments", `@misc{a,\n${fill("%%%%\n")} title={x}}`],
    ["string concatenation", `@misc{a, title=${fill("x # ")}x}`],
    ["1#1#…", `@misc{a, title=${fill("1#")}1}`],
    ["x # x # …", `@misc{a, title=${fill("x # ")}x}`],
    ["{}{}… in a field", `@misc{a, title={${fill("{}")}}}`],
    ["f=x,f=x,…", `@misc{a, ${fill("f=x,")} g=x}`],
    ["marks at the bound: ' x  # '", `@misc{a, title=${" x  # ".repeat(MAX_BIBTEX_MARKS - 10)}x}`],
    ["marks at the bound: ' f = x , '", `@misc{a, ${" f = x , ".repeat(MAX_BIBTEX_MARKS / 2 - 10)} g=x}`],
    [
      "5,000 arXiv-heavy entries",
      fill(
        `@misc{k, eprint={arXiv:${"9".repeat(80)}}, note={arxiv ${"a-".repeat(40)}}, url={https://arxiv.org/abs/${"a".repeat(30)}}}\n`,
      ),
    ],
  ])("stays fast: %s", (label, text) => {
    expectFast(`import: ${label}`, parseImport, text);
  });

  it("still reads a 1 MB BibTeX file of real-looking entries", () => {
    const entry = (i: number) =>
      `@article{key${i},\n  title = {A {Study} of Things, Part ${i}},\n  author = {Doe, Jane and Roe, Richard},\n  journal = {arXiv preprint arXiv:2401.${String(i).padStart(5, "0")}},\n  year = {2024}${" ".repeat(50)}\n}\n`;
    const text = Array.from({ length: 4_000 }, (_, i) => entry(i)).join("");
    expect(text.length).toBeGreaterThan(MB * 0.8);
    const parsed = parseImport(text);
    expect(parsed.ok && parsed.refs.length).toBe(4_000);
    expect(parsed.ok && parsed.refs[1234]).toEqual({
      label: "key1234",
      arxivId: "2401.01234",
      title: "A Study of Things, Part 1234",
    });
    expectFast("import: 4,000 real-looking BibTeX entries", parseImport, text);
    expect(text.match(/[{}()"#=,%@]/g)!.length).toBeLessThan(MAX_BIBTEX_MARKS);
  });
});

describe("BibTeX read in pieces", () => {
  const entry = (i: number, extra = "") =>
    `@misc{k${i}, title={Paper ${i}}, eprint={2401.${String(i).padStart(5, "0")}}${extra}}\n`;
  const refsOf = (text: string) => {
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed;
  };

  it("cuts a large file into pieces of whole entries, yielding between them", () => {
    const text = Array.from({ length: 2_000 }, (_, i) => entry(i)).join("");
    const plan = planBibtex(text);
    expect("pieces" in plan && plan.pieces.length).toBeGreaterThan(text.length / MAX_PIECE_CHARS);
    let pauses = 0;
    for (const run = parseImportSteps(text); !run.next().done;) pauses++;
    expect(pauses).toBe("pieces" in plan ? plan.pieces.length : -1);
    expect(refsOf(text).refs.map((r) => r.label)).toEqual(Array.from({ length: 2_000 }, (_, i) => `k${i}`));
  });

  it("reads @string macros into every piece", () => {
    const text = `@string{jn = "Journal of Things"}\n${Array.from({ length: 2_000 }, (_, i) => entry(i, ", journal=jn # { 2}")).join("")}@misc{last, title=jn}\n`;
    expect(refsOf(text).refs.at(-1)).toEqual({ label: "last", arxivId: null, title: "Journal of Things" });
  });

  it("loses only the piece around a broken entry, and names its lines", () => {
    const good = Array.from({ length: 1_500 }, (_, i) => entry(i)).join("");
    const parsed = refsOf(`${good}@misc{broken, title={unclosed}\n${good}`);
    expect(parsed.refs.length).toBeGreaterThan(2_000);
    expect(parsed.unreadable).toEqual([expect.stringMatching(/^the BibTeX on lines [\d,]+–[\d,]+$/)]);
  });

  it("refuses an entry longer than MAX_ENTRY_CHARS without reading it, and reads the rest", () => {
    const parsed = refsOf(`${entry(1)}@misc{huge, title={${"a".repeat(MAX_ENTRY_CHARS)}}}\n${entry(2)}`);
    expect(parsed.refs.map((r) => r.label)).toEqual(["k1", "k2"]);
    expect(parsed.unreadable).toEqual(["the entry on line 2 (longer than 50,000 characters)"]);
  });

  it("still reads entries that do not start a line", () => {
    expect(refsOf(`% exported\nsee @misc{a, title={A}} and @misc{b, title={B}}`).refs.map((r) => r.label)).toEqual([
      "a",
      "b",
    ]);
  });
});
