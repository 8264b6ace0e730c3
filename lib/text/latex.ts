// Splits title/abstract text into plain, emphasised and math segments (pure; rendering is elsewhere).
// Handles $…$, $$…$$, \(…\), \[…\] and the text macros arXiv abstracts use: {\it …}, {\em …},
// {\bf …}, \emph{…}, \textit{…}, \textbf{…}. A lone or unbalanced delimiter stays plain text.

export type RichSegment =
  | { kind: "text"; text: string }
  | { kind: "em" | "strong"; text: string }
  | { kind: "math"; tex: string; display: boolean };

// Sticky, so each is tried only where parseRichText stands. One whitespace then `[^{}$]*` (trimmed
// later), never `\s+[^{}$]*`: two quantifiers over the same spaces backtrack quadratically.
// Keyed by the character they start with, so each position tries only what can start there.
const MACROS = new Map<string, { re: RegExp; kind: "em" | "strong" }[]>([
  [
    "{",
    [
      { re: /\{\\(?:it|em|sl)\s([^{}$]*)\}/y, kind: "em" },
      { re: /\{\\bf\s([^{}$]*)\}/y, kind: "strong" },
    ],
  ],
  [
    "\\",
    [
      { re: /\\(?:emph|textit)\{([^{}$]*)\}/y, kind: "em" },
      { re: /\\textbf\{([^{}$]*)\}/y, kind: "strong" },
    ],
  ],
]);
const DELIMITERS = new Map([
  ["$", [["$$", "$$", true]] as const],
  [
    "\\",
    [
      ["\\[", "\\]", true],
      ["\\(", "\\)", false],
    ] as const,
  ],
]);

/**
 * indexOf for closing delimiters that remembers its last answer per delimiter. Positions only move
 * forward, so a thousand unclosed "\(" ask one search, not a thousand searches to the end of the text.
 */
function closerFinder(text: string): (close: string, from: number) => number {
  const last = new Map<string, { from: number; at: number }>();
  return (close, from) => {
    const seen = last.get(close);
    if (seen && from >= seen.from && (seen.at === -1 || from <= seen.at)) return seen.at;
    const at = text.indexOf(close, from);
    last.set(close, { from, at });
    return at;
  };
}

/**
 * Finds the closing delimiter of inline $…$ following Pandoc's rule (no space inside the edges, no digit
 * after). It stops at the first unescaped "$", and the next opener is never before that one: every
 * character is scanned by one opener at most.
 */
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

type Match = { segment: RichSegment; end: number };

function matchAt(text: string, i: number, findCloser: (close: string, from: number) => number): Match | null {
  for (const [open, close, display] of DELIMITERS.get(text[i]!) ?? []) {
    if (text.startsWith(open, i)) {
      const end = findCloser(close, i + open.length);
      if (end > i + open.length)
        return {
          segment: { kind: "math", tex: text.slice(i + open.length, end).trim(), display },
          end: end + close.length,
        };
      return null;
    }
  }
  if (text[i] === "$" && text[i - 1] !== "\\") {
    const end = inlineDollarEnd(text, i);
    if (end > 0) return { segment: { kind: "math", tex: text.slice(i + 1, end), display: false }, end: end + 1 };
    return null;
  }
  for (const macro of MACROS.get(text[i]!) ?? []) {
    macro.re.lastIndex = i;
    const m = macro.re.exec(text);
    if (m) return { segment: { kind: macro.kind, text: m[1]!.trim() }, end: macro.re.lastIndex };
  }
  return null;
}

/** Markup is read this far (2.5× the longest abstract ingest accepts); the rest of a longer text stays text. */
export const MAX_MARKUP_CHARS = 50_000;

/** Linear in the text: delimiters are found once (closerFinder) and macros are matched where they start. */
export function parseRichText(text: string): RichSegment[] {
  const out: RichSegment[] = [];
  const head = text.length > MAX_MARKUP_CHARS ? text.slice(0, MAX_MARKUP_CHARS) : text;
  const findCloser = closerFinder(head);
  let plainStart = 0;
  for (let i = 0; i < head.length;) {
    const ch = head[i];
    const match = ch === "$" || ch === "\\" || ch === "{" ? matchAt(head, i, findCloser) : null;
    if (!match) {
      i++;
      continue;
    }
    if (i > plainStart) out.push({ kind: "text", text: text.slice(plainStart, i) });
    out.push(match.segment);
    i = plainStart = match.end;
  }
  if (text.length > plainStart) out.push({ kind: "text", text: text.slice(plainStart) });
  return out;
}

// Symbols nobody types into a search box, drawn as themselves in plain text ("k\to\infty" → "k→∞").
// Greek letters and named functions stay words ("\alpha" → "alpha"), so a search for "alpha" finds them.
// A Map, not an object: a title's "\constructor" or "\toString" must not find Object.prototype's.
const SYMBOLS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    to: "→",
    rightarrow: "→",
    Rightarrow: "⇒",
    leftarrow: "←",
    Leftarrow: "⇐",
    mapsto: "↦",
    infty: "∞",
    leq: "≤",
    le: "≤",
    geq: "≥",
    ge: "≥",
    neq: "≠",
    ne: "≠",
    approx: "≈",
    sim: "∼",
    simeq: "≃",
    equiv: "≡",
    ll: "≪",
    gg: "≫",
    times: "×",
    cdot: "·",
    pm: "±",
    mp: "∓",
    in: "∈",
    notin: "∉",
    subset: "⊂",
    subseteq: "⊆",
    cup: "∪",
    cap: "∩",
    emptyset: "∅",
    partial: "∂",
    nabla: "∇",
    sum: "∑",
    prod: "∏",
    int: "∫",
    sqrt: "√",
    forall: "∀",
    exists: "∃",
    ell: "ℓ",
    ldots: "…",
    cdots: "⋯",
    dots: "…",
    quad: " ",
    qquad: " ",
    mathbb: "",
    mathcal: "",
    mathrm: "",
    mathbf: "",
    text: "",
    left: "",
    right: "",
  }),
);

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
        ? s.tex
            .replace(/\\([A-Za-z]+)/g, (match: string, name: string, at: number) =>
              commandText(name, s.tex[at + match.length] ?? ""),
            )
            .replace(/[{}]/g, "")
        : s.text,
    )
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

export function hasMarkup(text: string): boolean {
  return parseRichText(text).some((s) => s.kind !== "text");
}
