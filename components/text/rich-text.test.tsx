import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { expectFast } from "@/tests/setup/time-bound";
import { MAX_FORMULAS, MAX_MATH_CHARS, MAX_TEX_CHARS, RichText } from "./rich-text";

const html = (text: string) => renderToStaticMarkup(<RichText text={text} />);

describe("RichText", () => {
  it("typesets math with KaTeX and keeps the source as MathML annotation", () => {
    const out = html("bounds in $L^p$ spaces");
    expect(out).toContain('class="katex"');
    expect(out).toContain('<annotation encoding="application/x-tex">L^p</annotation>');
  });

  it("renders text macros as emphasis", () => {
    expect(html("fine-tuning {\\it only} a projection")).toBe("fine-tuning <em>only</em> a projection");
  });

  it("falls back to the readable source when math cannot parse", () => {
    expect(html("broken $\\frac{1$ here")).toContain("<code>$\\frac{1$</code>");
  });

  it("never becomes an injection path", () => {
    const out = html("<img src=x onerror=alert(1)> and $\\href{javascript:alert(1)}{x}$ and $<script>$");
    expect(out).not.toMatch(/<img|<script|href="javascript/i);
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("RichText limits on crafted math", () => {
  const source = (tex: string) => `<code>$${tex}$</code>`;

  it("caps sizes at maxSize and wraps inline math for clipping", () => {
    const out = html("a $\\rule{100000em}{100000em}$ b");
    expect(out).toContain("border-right-width:3em;border-top-width:3em");
    expect(out.slice(out.indexOf("katex-html"))).not.toContain("100000"); // only the annotation keeps the source
    expect(out).toMatch(/^a <span class="math-inline"><span class="katex">/);
    // Negative kerns are not capped by maxSize: globals.css clips each .katex-base of .math-inline.
    expect(html("$\\kern{-100000em}\\text{EVIL}$")).toContain('<span class="math-inline">');
  });

  it("shows inline math that would stretch its line as source", () => {
    for (const tex of [
      "\\raisebox{-100000em}{x}",
      `${"\\raisebox{3em}{".repeat(10)}x${"}".repeat(10)}`,
      "a\\\\".repeat(20),
      "\\begin{matrix}" + "a\\\\".repeat(20) + "\\end{matrix}",
    ]) {
      expect(html(`t $${tex}$`)).toBe(`t ${source(tex)}`);
    }
    expect(html("$\\Huge x$")).toContain("math-inline");
    expect(html("$$\\begin{matrix}" + "a\\\\".repeat(20) + "\\end{matrix}$$")).toContain('<span class="math-display">');
  });

  it("refuses macro definitions, overlong formulas and math past the per-text budget", () => {
    const bomb = `\\def\\a{${"x".repeat(900)}}\\def\\b{${"\\a".repeat(40)}}\\b`;
    expectFast("RichText: a \\def bomb", (tex) => expect(html(`$${tex}$`)).toBe(source(tex)), bomb, 100);
    expect(html(`$${"x".repeat(MAX_TEX_CHARS + 1)}$`)).toContain("<code>");
    const many = html("$x$ ".repeat(MAX_FORMULAS + 5));
    expect(many.match(/class="katex"/g)).toHaveLength(MAX_FORMULAS);
    expect(many.match(/<code>\$x\$<\/code>/g)).toHaveLength(5);
    const long = html(`$${"y".repeat(900)}$ `.repeat(6));
    expect(long.match(/class="katex"/g)).toHaveLength(Math.floor(MAX_MATH_CHARS / 900));
  });

  it.each([
    ["$x$ ×", "$x$ ".repeat(250_000)],
    ["$\\rule$ ×", "$\\rule{1em}{1em}$ ".repeat(60_000)],
    ["{\\it ×", "{\\it a} ".repeat(125_000)],
    ["$$ unclosed", `$$${"\\frac{a}{b}".repeat(90_000)}`],
  ])("renders 1 MB fast: %s", (label, text) => {
    expectFast(`RichText: ${label}`, html, text);
  });
});
