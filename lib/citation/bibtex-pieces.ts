// Cuts a BibTeX file into pieces of whole entries for citation-js to read one at a time. Read whole, a
// 1 MB file holds the server's one thread for a few hundred milliseconds; in pieces, the import gives
// other requests their turn between them, and no single entry can cost more than its bounded size.

/** Longer than any real entry (one with a long abstract is a few KB); a longer one is not read. */
export const MAX_ENTRY_CHARS = 50_000;
/** Entries are read together up to this size: a few milliseconds of citation-js each. */
export const MAX_PIECE_CHARS = 32_000;
/** @string macros are read again with every piece (entries use them), so their total is bounded. */
export const MAX_MACRO_CHARS = 16_000;

export type BibtexPiece = { text: string; firstLine: number; lastLine: number };
export type BibtexPlan = { macros: string; pieces: BibtexPiece[]; tooLong: number[] };

// Exporters start every entry on a line of its own, which is where pieces are cut. An "@" inside a
// field value only matters at the start of a line followed by "word{": then the two entries around it
// are reported unreadable, and the rest of the file is still read.
const ENTRY_AT_LINE_START = /^[ \t]*@(\w+)[ \t]*[{(]/gm;
const MACRO_TYPES = new Set(["string", "preamble"]);

/** The file's macro definitions and its other entries in pieces, or why it cannot be read that way. */
export function planBibtex(text: string): BibtexPlan | { error: string } {
  const starts = [...text.matchAll(ENTRY_AT_LINE_START)].map((m) => ({ at: m.index, type: m[1]!.toLowerCase() }));
  // Text before the first entry is usually a comment, but it is read like an entry in case it holds one.
  if (starts[0]?.at !== 0) starts.unshift({ at: 0, type: "" });
  const plan: BibtexPlan = { macros: "", pieces: [], tooLong: [] };
  let line = 1;
  let counted = 0;
  let piece: BibtexPiece | null = null;
  for (let i = 0; i < starts.length; i++) {
    const { at, type } = starts[i]!;
    const end = starts[i + 1]?.at ?? text.length;
    line += countNewlines(text, counted, at);
    counted = at;
    const entry = text.slice(at, end);
    const lastLine = line + countNewlines(entry, 0, entry.trimEnd().length);
    if (MACRO_TYPES.has(type)) {
      plan.macros += entry;
      if (plan.macros.length > MAX_MACRO_CHARS)
        return { error: `its @string definitions run past ${MAX_MACRO_CHARS.toLocaleString("en-US")} characters` };
    } else if (entry.length > MAX_ENTRY_CHARS) {
      plan.tooLong.push(line);
    } else if (piece && piece.text.length + entry.length <= MAX_PIECE_CHARS) {
      piece.text += entry;
      piece.lastLine = lastLine;
    } else {
      piece = { text: entry, firstLine: line, lastLine };
      plan.pieces.push(piece);
    }
  }
  return plan;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
