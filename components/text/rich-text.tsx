// Renders title/abstract text with LaTeX math typeset by KaTeX on the server (no client pass, no
// layout shift). The text comes from outside, so KaTeX runs with limits: only its own output is
// injected as HTML (it escapes its input, and `trust: false` refuses \href, \url and the like),
// sizes and macro expansions are capped, and what it draws is clipped to its box (.math-inline and
// .math-display in app/globals.css). Math over the limits shows its source.
import katex, { type KatexOptions } from "katex";
import { parseRichText } from "@/lib/text/latex";

const KATEX_OPTIONS: KatexOptions = {
  throwOnError: true,
  trust: false,
  // Abstracts use plenty of non-LaTeX input KaTeX accepts (unicode, \\ in inline math): render it silently.
  strict: "ignore",
  output: "htmlAndMathml",
  // In em: \rule{100000em}{100000em} becomes a 3em square; real abstracts size nothing past 2em.
  maxSize: 3,
  // KaTeX's default (1000) let a 1,700-character formula of nested \def expand for four minutes. No
  // formula of 60,000 corpus papers fails at 100 that renders at 1000; definitions are refused (below).
  maxExpand: 100,
};

/** Longest formula typeset (60,000 corpus papers peak at 597 characters); longer ones show their source. */
export const MAX_TEX_CHARS = 1_000;
/** Per text: at most this many formulas and characters of math are typeset (300k-paper corpus maxima: 49 and ~1,500). */
export const MAX_FORMULAS = 100;
export const MAX_MATH_CHARS = 4_000;

/** Inline math taller than this (in em) shows its source: it would stretch its line (maximum in 100,000 corpus papers: 5.4). */
export const MAX_INLINE_EM = 8;
const STRUT_HEIGHT = /katex-strut" style="height:([\d.]+)em/g;

/**
 * An upper bound on the height of typeset inline math: its tallest piece (KaTeX sizes each piece with a
 * strut) times its lines. maxSize caps each size, not their sum: nested \raisebox or a long \\ list
 * would still make a title hundreds of lines tall.
 */
function inlineHeightEm(html: string): number {
  let tallest = 0;
  for (const m of html.matchAll(STRUT_HEIGHT)) tallest = Math.max(tallest, Number(m[1]));
  return tallest * html.split("katex-newline").length;
}

// Macro definitions multiply what maxExpand counts (each expansion can emit a whole body); one formula in
// 300k abstracts defines a macro, and no other formula could use it anyway (each renders on its own).
const DEFINITION = /\\(?:[gex]?def|let|futurelet|(?:re)?newcommand|providecommand|global)(?![A-Za-z])/;

function renderMath(tex: string, display: boolean): string | null {
  if (tex.length > MAX_TEX_CHARS || DEFINITION.test(tex)) return null;
  try {
    const html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display });
    // Display math scrolls within its own block (app/globals.css), so only inline math is measured.
    return display || inlineHeightEm(html) <= MAX_INLINE_EM ? html : null;
  } catch {
    return null;
  }
}

export function RichText({ text }: { text: string }) {
  let formulas = 0;
  let mathChars = 0;
  return (
    <>
      {parseRichText(text).map((segment, i) => {
        if (segment.kind === "text") return segment.text;
        if (segment.kind !== "math")
          return segment.kind === "em" ? <em key={i}>{segment.text}</em> : <strong key={i}>{segment.text}</strong>;
        formulas += 1;
        mathChars += segment.tex.length;
        const html =
          formulas <= MAX_FORMULAS && mathChars <= MAX_MATH_CHARS ? renderMath(segment.tex, segment.display) : null;
        if (html === null) return <code key={i}>{segment.display ? `$$${segment.tex}$$` : `$${segment.tex}$`}</code>;
        return (
          <span
            key={i}
            className={segment.display ? "math-display" : "math-inline"}
            dangerouslySetInnerHTML={{ __html: html }}
          />
        );
      })}
    </>
  );
}
