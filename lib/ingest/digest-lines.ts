// Line-level helpers for text digests: splitting, whitespace, page-header lines and binary detection.

export type Line = { text: string; line: number };

/** Collapse every run of whitespace to one space and trim; the text is otherwise kept as written. */
export function normalizeWhitespace(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Lines with 1-based numbers; a leading BOM is dropped and CRLF, CR and LF all end a line. */
export function splitLines(text: string): Line[] {
  const withoutBom = text.startsWith("\uFEFF") ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }));
}

// The chrome of the Hugging Face trending page, copied along with the papers. Compared without
// whitespace or case, so "byAK" (how the page renders) and "by AK" both match.
const HEADER_LINES = new Set(
  [
    "new",
    "Get trending papers in your email inbox!",
    "Get trending papers in your email inbox",
    "Subscribe",
    "by AK and the research community",
  ].map(headerKey),
);

function headerKey(s: string): string {
  return s.replace(/\s+/g, "").toLowerCase();
}

export function isHeaderLine(s: string): boolean {
  return HEADER_LINES.has(headerKey(s));
}

// C0 controls other than tab/LF/VT/FF/CR, DEL, and C1 controls (which appear when bytes are mis-decoded).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;
const CONTROL_GLOBAL = new RegExp(CONTROL.source, "g");
// One stray control character in prose is survivable; more than this share of the text is not text.
const MAX_CONTROL_RATIO = 0.01;

/**
 * The first line that shows the file is not text (a NUL, a U+FFFD left by a failed decode, or too many
 * control characters overall), or null when it reads as text.
 */
export function findBinaryLine(text: string, lines: Line[]): number | null {
  const hard = lines.find((l) => l.text.includes("\u0000") || l.text.includes("\uFFFD"));
  if (hard) return hard.line;
  const controls = text.match(CONTROL_GLOBAL)?.length ?? 0;
  if (controls === 0 || controls / text.length <= MAX_CONTROL_RATIO) return null;
  return lines.find((l) => CONTROL.test(l.text))?.line ?? null;
}

/** Runs of consecutive non-blank lines. */
export function toBlocks(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const l of lines) {
    if (l.text.trim() === "") {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(l);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}
