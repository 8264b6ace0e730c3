// Reads an uploaded BibTeX file or a pasted list of arXiv ids into paper references. Pure: matching
// them to papers is lib/db's job, and unknown ones are reported, never created. The number of entries
// is bounded before anything is parsed, and every step runs in time linear in the text.
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { findArxivId } from "@/lib/domain/arxiv-id";

export type PaperRef = { label: string; arxivId: string | null; title: string | null };
export type ImportParse = { ok: true; refs: PaperRef[]; unreadable: string[] } | { ok: false; message: string };

/** As many papers as one library export holds: what Paperboard writes out, it can read back. */
export const MAX_IMPORT_ENTRIES = 5_000;
/**
 * citation-js reads BibTeX in linear time, but at about half a microsecond per token: 1 MB of "1#1#…" is
 * a million tokens and most of a second. Tokens need punctuation between them (at most ~4 per mark), so
 * bounding the marks bounds the parse. 1 MB of the densest real exports (Google Scholar's, about one
 * mark in ten characters) stays under it.
 */
export const MAX_BIBTEX_MARKS = 120_000;
const BIBTEX_MARKS = new Set([..."{}()\"#=,%@"].map((c) => c.charCodeAt(0)));
/** Labels are echoed back in the report: a 1 MB "id" must not be. */
const MAX_LABEL_CHARS = 80;

const label = (text: string) => (text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text);
const count = (n: number) => n.toLocaleString("en-US");

/** How many matches of the global regex `re` the text has, counting no further than `limit + 1`. */
function countUpTo(re: RegExp, text: string, limit: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n <= limit && re.exec(text) !== null) n++;
  return n;
}

function countBibtexMarks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (BIBTEX_MARKS.has(text.charCodeAt(i))) n++;
  return n;
}

// An entry opens with "@type{" (citation-js reads "@type(" too, and so does the count).
const ENTRY_START = /@\w+\s*[{(]/g;
const TOKEN = /[^\s,;]+/g;

type BibEntry = { label?: string; properties?: Record<string, string> };

function fromBibtex(text: string): PaperRef[] {
  let entries: unknown;
  try {
    // Linear in the text: a moo lexer and a recursive-descent grammar. Braces nested deeper than the
    // stack overflow it (a RangeError, caught here) after reading them once.
    entries = plugins.input.chainLink(text, { forceType: "@biblatex/text" });
  } catch {
    return [];
  }
  if (!Array.isArray(entries)) return [];
  return (entries as BibEntry[]).map((e) => {
    const p = e.properties ?? {};
    const eprint = p.eprint && (!p.archiveprefix || /arxiv/i.test(p.archiveprefix)) ? findArxivId(p.eprint) : null;
    const found = eprint ?? [p.url, p.doi, p.journal, p.note, p.howpublished].map((v) => (v ? findArxivId(v) : null)).find(Boolean);
    const title = p.title ? p.title.replace(/[{}]/g, "").replace(/\s+/g, " ").trim() : null;
    return { label: label(e.label ?? title ?? "(untitled entry)"), arxivId: found?.id ?? null, title };
  });
}

/** BibTeX when the text has an @entry, else one arXiv id (or URL) per line/comma/space. */
export function parseImport(text: string): ImportParse {
  const entries = countUpTo(ENTRY_START, text, MAX_IMPORT_ENTRIES);
  if (entries > 0) {
    if (entries > MAX_IMPORT_ENTRIES) return { ok: false, message: `That file has more than ${count(MAX_IMPORT_ENTRIES)} entries: import it in parts of up to ${count(MAX_IMPORT_ENTRIES)}.` };
    if (countBibtexMarks(text) > MAX_BIBTEX_MARKS) {
      return { ok: false, message: `That file has more than ${count(MAX_BIBTEX_MARKS)} braces, commas, quotes and other BibTeX marks: import it in smaller parts.` };
    }
    const refs = fromBibtex(text);
    return refs.length > 0 ? { ok: true, refs, unreadable: [] } : { ok: true, refs: [], unreadable: ["the BibTeX could not be read"] };
  }
  if (countUpTo(TOKEN, text, MAX_IMPORT_ENTRIES) > MAX_IMPORT_ENTRIES) {
    return { ok: false, message: `That list has more than ${count(MAX_IMPORT_ENTRIES)} items: import it in parts of up to ${count(MAX_IMPORT_ENTRIES)}.` };
  }
  const refs: PaperRef[] = [];
  const unreadable: string[] = [];
  for (const token of text.match(TOKEN) ?? []) {
    const arxivId = findArxivId(token)?.id ?? null;
    if (arxivId) refs.push({ label: label(token), arxivId, title: null });
    else unreadable.push(label(token));
  }
  return { ok: true, refs, unreadable };
}
