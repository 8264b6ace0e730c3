// Reads an uploaded BibTeX file or a pasted list of arXiv ids into paper references. Pure: matching
// them to papers is lib/db's job, and unknown ones are reported, never created. Sizes are bounded
// before anything is parsed, every step runs in time linear in the text, and the work comes in steps
// (parseImportSteps) so the server can answer other requests between them.
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import { findArxivId } from "@/lib/domain/arxiv-id";
import { MAX_ENTRY_CHARS, planBibtex } from "./bibtex-pieces";

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
const BIBTEX_MARKS = new Set([...'{}()"#=,%@'].map((c) => c.charCodeAt(0)));
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

/** The entries of one piece of BibTeX, or null when citation-js cannot read it. */
function fromBibtex(text: string): PaperRef[] | null {
  let entries: unknown;
  try {
    // Linear in the text: a moo lexer and a recursive-descent grammar. Braces nested deeper than the
    // stack overflow it (a RangeError, caught here) after reading them once.
    entries = plugins.input.chainLink(text, { forceType: "@biblatex/text" });
  } catch {
    return null;
  }
  if (!Array.isArray(entries)) return null;
  return (entries as BibEntry[]).map((e) => {
    const p = e.properties ?? {};
    const eprint = p.eprint && (!p.archiveprefix || /arxiv/i.test(p.archiveprefix)) ? findArxivId(p.eprint) : null;
    const found =
      eprint ?? [p.url, p.doi, p.journal, p.note, p.howpublished].map((v) => (v ? findArxivId(v) : null)).find(Boolean);
    const title = p.title ? p.title.replace(/[{}]/g, "").replace(/\s+/g, " ").trim() : null;
    return { label: label(e.label ?? title ?? "(untitled entry)"), arxivId: found?.id ?? null, title };
  });
}

/** One step per piece of BibTeX (a few milliseconds each), reporting the pieces citation-js could not read. */
function* bibtexSteps(text: string): Generator<void, ImportParse, void> {
  const plan = planBibtex(text);
  if ("error" in plan) return { ok: false, message: `That file cannot be read: ${plan.error}.` };
  const refs: PaperRef[] = [];
  const unreadable = plan.tooLong.map(
    (line) => `the entry on line ${count(line)} (longer than ${count(MAX_ENTRY_CHARS)} characters)`,
  );
  for (const piece of plan.pieces) {
    yield;
    // Every piece is read after the file's @string definitions, as it would be in one pass.
    const entries = fromBibtex(plan.macros === "" ? piece.text : `${plan.macros}\n${piece.text}`);
    if (entries) refs.push(...entries);
    else
      unreadable.push(
        piece.firstLine === piece.lastLine
          ? `the BibTeX on line ${count(piece.firstLine)}`
          : `the BibTeX on lines ${count(piece.firstLine)}–${count(piece.lastLine)}`,
      );
  }
  if (refs.length === 0 && unreadable.length === 0) unreadable.push("the BibTeX could not be read");
  return { ok: true, refs, unreadable };
}

/** One step per 1,000 ids or URLs. */
function* idListSteps(text: string): Generator<void, ImportParse, void> {
  if (countUpTo(TOKEN, text, MAX_IMPORT_ENTRIES) > MAX_IMPORT_ENTRIES) {
    return {
      ok: false,
      message: `That list has more than ${count(MAX_IMPORT_ENTRIES)} items: import it in parts of up to ${count(MAX_IMPORT_ENTRIES)}.`,
    };
  }
  const refs: PaperRef[] = [];
  const unreadable: string[] = [];
  for (const [i, token] of (text.match(TOKEN) ?? []).entries()) {
    if (i % 1_000 === 999) yield;
    const arxivId = findArxivId(token)?.id ?? null;
    if (arxivId) refs.push({ label: label(token), arxivId, title: null });
    else unreadable.push(label(token));
  }
  return { ok: true, refs, unreadable };
}

/**
 * BibTeX when the text has an @entry, else one arXiv id (or URL) per line/comma/space — as steps: the
 * caller may pause between them (see parseImport for running them all at once).
 */
export function* parseImportSteps(text: string): Generator<void, ImportParse, void> {
  const entries = countUpTo(ENTRY_START, text, MAX_IMPORT_ENTRIES);
  if (entries === 0) return yield* idListSteps(text);
  if (entries > MAX_IMPORT_ENTRIES)
    return {
      ok: false,
      message: `That file has more than ${count(MAX_IMPORT_ENTRIES)} entries: import it in parts of up to ${count(MAX_IMPORT_ENTRIES)}.`,
    };
  if (countBibtexMarks(text) > MAX_BIBTEX_MARKS) {
    return {
      ok: false,
      message: `That file has more than ${count(MAX_BIBTEX_MARKS)} braces, commas, quotes and other BibTeX marks: import it in smaller parts.`,
    };
  }
  return yield* bibtexSteps(text);
}

/** All of parseImportSteps at once. */
export function parseImport(text: string): ImportParse {
  const steps = parseImportSteps(text);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}
