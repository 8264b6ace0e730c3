// Renders title/abstract text with LaTeX math typeset by KaTeX on the server (no client pass, no
// layout shift). Only KaTeX's own output is injected as HTML: it escapes its input, and with
// `trust: false` commands like \href or \url are refused. Unparseable math shows its source.
import katex from "katex";
import { parseRichText } from "@/lib/text/latex";

function renderMath(tex: string, display: boolean): string | null {
  try {
    return katex.renderToString(tex, { displayMode: display, throwOnError: true, trust: false, strict: "ignore", output: "htmlAndMathml" });
  } catch {
    return null;
  }
}

export function RichText({ text }: { text: string }) {
  return (
    <>
      {parseRichText(text).map((segment, i) => {
        if (segment.kind === "text") return segment.text;
        if (segment.kind !== "math") return segment.kind === "em" ? <em key={i}>{segment.text}</em> : <strong key={i}>{segment.text}</strong>;
        const html = renderMath(segment.tex, segment.display);
        if (html === null) return <code key={i}>{segment.display ? `$$${segment.tex}$$` : `$${segment.tex}$`}</code>;
        return <span key={i} className={segment.display ? "block overflow-x-auto" : undefined} dangerouslySetInnerHTML={{ __html: html }} />;
      })}
    </>
  );
}
