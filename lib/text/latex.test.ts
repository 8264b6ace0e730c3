import { describe, expect, it } from "vitest";
import { expectFast } from "@/tests/setup/time-bound";
import { hasMarkup, MAX_MARKUP_CHARS, parseRichText, toPlainText } from "./latex";

describe("parseRichText", () => {
  it("finds inline and display math with every delimiter", () => {
    expect(parseRichText("bounds in $L^p$ spaces")).toEqual([
      { kind: "text", text: "bounds in " },
      { kind: "math", tex: "L^p", display: false },
      { kind: "text", text: " spaces" },
    ]);
    expect(parseRichText("\\(x+1\\) and $$\\sum_i a_i$$ and \\[y\\]").filter((s) => s.kind === "math")).toEqual([
      { kind: "math", tex: "x+1", display: false },
      { kind: "math", tex: "\\sum_i a_i", display: true },
      { kind: "math", tex: "y", display: true },
    ]);
  });

  it("turns the seed's text macros into emphasis", () => {
    expect(parseRichText("fine-tuning {\\it only} a projection")).toEqual([
      { kind: "text", text: "fine-tuning " },
      { kind: "em", text: "only" },
      { kind: "text", text: " a projection" },
    ]);
    expect(parseRichText("\\emph{a} \\textbf{b} {\\bf c}").map((s) => s.kind)).toEqual([
      "em",
      "text",
      "strong",
      "text",
      "strong",
    ]);
  });

  it("leaves money, lone and escaped dollars as text", () => {
    for (const s of ["costs $5 and $10 more", "a lone $ sign", "escaped \\$x$ no", "$ spaced $"]) {
      expect(hasMarkup(s)).toBe(false);
    }
    expect(parseRichText("V^{star} stays text").every((s) => s.kind === "text")).toBe(true);
  });

  it("gives plain text for search without delimiters or commands", () => {
    expect(toPlainText("bounds in $L^p$ for $\\alpha$-stable {\\it only}")).toBe("bounds in L^p for alpha-stable only");
    // From a corpus math.AP abstract: symbols drawn, words kept apart, fonts dropped.
    expect(
      toPlainText(
        "the limit, when $k\\to\\infty$, of $u_{k}$ in $\\mathbb{R}^N\\times (0,\\infty)$ with $\\lambda\\mu\\leq 1$",
      ),
    ).toBe("the limit, when k→∞, of u_k in R^N× (0,∞) with lambda mu ≤ 1");
    expect(toPlainText("$\\constructor\\toString$")).toBe("constructor toString");
  });
});

describe("on adversarial 1 MB input", () => {
  const MB = 1_000_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  it.each([
    ["unclosed \\(", fill("\\(")],
    ["unclosed \\[", fill("\\[")],
    ["unclosed $$", `$$${fill("x$")}`],
    ["$ a", fill("$a ")],
    ["$×", fill("$")],
    ["escaped dollars after an opener", `$a${fill("\\$")}`],
    ["{\\it and spaces", `{\\it${fill(" ")}`],
    ["{\\it×", fill("{\\it ")],
    ["\\emph{ unclosed", fill("\\emph{a")],
    ["{×", fill("{")],
    ["\\×", fill("\\")],
    ["commands in math", `$${fill("\\a")}$`],
    ["a×", fill("a")],
  ])("stays fast: %s", (label, text) => {
    expectFast(`LaTeX split + plain text: ${label}`, (t) => toPlainText(t), text);
    // Past MAX_MARKUP_CHARS the text is not parsed, so the parser's own linearity is checked below it,
    // against a bound a quadratic scan of 50,000 characters cannot meet.
    expectFast(
      `LaTeX split, ${MAX_MARKUP_CHARS.toLocaleString("en-US")} chars: ${label}`,
      parseRichText,
      text.slice(0, MAX_MARKUP_CHARS),
      100,
    );
  });

  it("reads markup only in the first MAX_MARKUP_CHARS characters", () => {
    const text = `$a$${"x".repeat(MAX_MARKUP_CHARS)} $b$`;
    expect(parseRichText(text).filter((s) => s.kind === "math")).toEqual([{ kind: "math", tex: "a", display: false }]);
    expect(toPlainText(text).endsWith("x $b$")).toBe(true);
  });

  it("still finds what follows a thousand unclosed openers", () => {
    expect(parseRichText(`${"\\(".repeat(1000)} and {\\it   kept } $x$`).filter((s) => s.kind !== "text")).toEqual([
      { kind: "em", text: "kept" },
      { kind: "math", tex: "x", display: false },
    ]);
  });

  it("reads a command named like an Object.prototype property as a word", () => {
    expect(toPlainText("$\\constructor x$ and $\\toString$, $\\hasOwnProperty$")).toBe(
      "constructor x and toString, hasOwnProperty",
    );
  });
});
