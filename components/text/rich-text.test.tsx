import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "./rich-text";

const html = (text: string) => renderToStaticMarkup(<RichText text={text} />);

describe("RichText", () => {
  it("typesets math with KaTeX and keeps the source as MathML annotation", () => {
    const out = html("bounds in $L^p$ spaces");
    expect(out).toContain('class="katex"');
    expect(out).toContain("<annotation encoding=\"application/x-tex\">L^p</annotation>");
  });

  it("renders text macros as emphasis", () => {
    expect(html("fine-tuning {\\it only} a projection")).toBe("fine-tuning <em>only</em> a projection");
  });

  it("falls back to the readable source when math cannot parse", () => {
    expect(html("broken $\\frac{1$ here")).toContain("<code>$\\frac{1$</code>");
  });

  it("never becomes an injection path", () => {
    const out = html('<img src=x onerror=alert(1)> and $\\href{javascript:alert(1)}{x}$ and $<script>$');
    expect(out).not.toMatch(/<img|<script|href="javascript/i);
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
