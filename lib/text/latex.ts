// Splits title/abstract text into plain, emphasised and math segments (pure; rendering is elsewhere).
// Handles $…$, $$…$$, \(…\), \[…\] and the text macros arXiv abstracts use: {\it …}, {\em …},
// {\bf …}, \emph{…}, \textit{…}, \textbf{…}. A lone or unbalanced delimiter stays plain text.

export type RichSegment =
  | { kind: "text"; text: string }
  | { kind: "em" | "strong"; text: string }
  | { kind: "math"; tex: string; display: boolean };

const MACROS: { re: RegExp; kind: "em" | "strong" }[] = [
  { re: /^\{\\(?:it|em|sl)\s+([^{}$]*)\}/, kind: "em" },
  { re: /^\{\\bf\s+([^{}$]*)\}/, kind: "strong" },
  { re: /^\\(?:emph|textit)\{([^{}$]*)\}/, kind: "em" },
  { re: /^\\textbf\{([^{}$]*)\}/, kind: "strong" },
];

/** Finds the closing delimiter of inline $…$ following Pandoc's rule (no space inside the edges, no digit after). */
function inlineDollarEnd(text: string, start: number): number {
  if (/\s/.test(text[start + 1] ?? " ")) return -1;
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text[i] === "$") {
      if (i === start + 1 || /\s/.test(text[i - 1]!) || /\d/.test(text[i + 1] ?? "")) return -1;
      return i;
    }
  }
  return -1;
}

type Match = { segment: RichSegment; length: number };

function matchAt(text: string, i: number): Match | null {
  const rest = text.slice(i);
  for (const [open, close, display] of [["$$", "$$", true], ["\\[", "\\]", true], ["\\(", "\\)", false]] as const) {
    if (rest.startsWith(open)) {
      const end = rest.indexOf(close, open.length);
      if (end > open.length) return { segment: { kind: "math", tex: rest.slice(open.length, end).trim(), display }, length: end + close.length };
      return null;
    }
  }
  if (rest[0] === "$" && text[i - 1] !== "\\") {
    const end = inlineDollarEnd(text, i);
    if (end > 0) return { segment: { kind: "math", tex: text.slice(i + 1, end), display: false }, length: end - i + 1 };
    return null;
  }
  for (const macro of MACROS) {
    const m = macro.re.exec(rest);
    if (m) return { segment: { kind: macro.kind, text: m[1]!.trim() }, length: m[0].length };
  }
  return null;
}

export function parseRichText(text: string): RichSegment[] {
  const out: RichSegment[] = [];
  let plain = "";
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    const match = ch === "$" || ch === "\\" || ch === "{" ? matchAt(text, i) : null;
    if (!match) {
      plain += ch;
      i++;
      continue;
    }
    if (plain) out.push({ kind: "text", text: plain });
    plain = "";
    out.push(match.segment);
    i += match.length;
  }
  if (plain) out.push({ kind: "text", text: plain });
  return out;
}

// Symbols nobody types into a search box, drawn as themselves in plain text ("k\to\infty" → "k→∞").
// Greek letters and named functions stay words ("\alpha" → "alpha"), so a search for "alpha" finds them.
// A Map, not an object: a title's "\constructor" or "\toString" must not find Object.prototype's.
const SYMBOLS: ReadonlyMap<string, string> = new Map(Object.entries({
  to: "→", rightarrow: "→", Rightarrow: "⇒", leftarrow: "←", Leftarrow: "⇐", mapsto: "↦", infty: "∞",
  leq: "≤", le: "≤", geq: "≥", ge: "≥", neq: "≠", ne: "≠", approx: "≈", sim: "∼", simeq: "≃", equiv: "≡",
  ll: "≪", gg: "≫", times: "×", cdot: "·", pm: "±", mp: "∓", in: "∈", notin: "∉", subset: "⊂",
  subseteq: "⊆", cup: "∪", cap: "∩", emptyset: "∅", partial: "∂", nabla: "∇", sum: "∑", prod: "∏",
  int: "∫", sqrt: "√", forall: "∀", exists: "∃", ell: "ℓ", ldots: "…", cdots: "⋯", dots: "…",
  quad: " ", qquad: " ", mathbb: "", mathcal: "", mathrm: "", mathbf: "", text: "", left: "", right: "",
}));

/** One TeX command as plain text: a symbol, nothing for a font or sizing command, else its name as a word. */
function commandText(name: string, next: string): string {
  const symbol = SYMBOLS.get(name);
  if (symbol !== undefined) return symbol;
  // A word must not run into the next one: "\lambda\mu" → "lambda mu", not "lambdamu".
  return /[A-Za-z0-9]/.test(next) || next === "\\" ? `${name} ` : name;
}

/** Text without markup, for the search index and meta descriptions: "$L^p$" → "L^p", "{\it only}" → "only". */
export function toPlainText(text: string): string {
  return parseRichText(text)
    .map((s) =>
      s.kind === "math"
        ? s.tex.replace(/\\([A-Za-z]+)(?=(.?))/g, (_, name: string, next: string) => commandText(name, next)).replace(/[{}]/g, "")
        : s.text,
    )
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

export function hasMarkup(text: string): boolean {
  return parseRichText(text).some((s) => s.kind !== "text");
}
