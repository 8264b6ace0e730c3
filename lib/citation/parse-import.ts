// Reads an uploaded BibTeX file or a pasted list of arXiv ids into paper references. Pure: matching
// them to papers is lib/db's job, and unknown ones are reported, never created.
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";

export type PaperRef = { label: string; arxivId: string | null; title: string | null };

const ARXIV = /(?:arxiv[:/.]\s*|abs\/|pdf\/)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?/i;
const BARE_ARXIV = /^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i;

/** An arXiv id in a bare id, "arXiv:…", an abs/pdf URL or a 10.48550/arXiv.… DOI. */
export function parseArxivId(text: string): string | null {
  const bare = BARE_ARXIV.exec(text.trim());
  if (bare) return bare[1]!;
  const m = /arxiv/i.test(text) ? ARXIV.exec(text) : null;
  return m ? m[1]! : null;
}

type BibEntry = { label?: string; properties?: Record<string, string> };

function fromBibtex(text: string): PaperRef[] {
  let entries: unknown;
  try {
    entries = plugins.input.chainLink(text, { forceType: "@biblatex/text" });
  } catch {
    return [];
  }
  if (!Array.isArray(entries)) return [];
  return (entries as BibEntry[]).map((e) => {
    const p = e.properties ?? {};
    const eprint = p.eprint && (!p.archiveprefix || /arxiv/i.test(p.archiveprefix)) ? parseArxivId(p.eprint) : null;
    const arxivId = eprint ?? [p.url, p.doi, p.journal, p.note, p.howpublished].map((v) => (v ? parseArxivId(v) : null)).find(Boolean) ?? null;
    const title = p.title ? p.title.replace(/[{}]/g, "").replace(/\s+/g, " ").trim() : null;
    return { label: e.label ?? title ?? "(untitled entry)", arxivId, title };
  });
}

/** BibTeX when the text has an @entry, else one arXiv id (or URL) per line/comma/space. */
export function parseImport(text: string): { refs: PaperRef[]; unreadable: string[] } {
  if (/@\w+\s*\{/.test(text)) {
    const refs = fromBibtex(text);
    return refs.length > 0 ? { refs, unreadable: [] } : { refs: [], unreadable: ["the BibTeX could not be read"] };
  }
  const tokens = text.split(/[\s,;]+/).filter(Boolean);
  const refs: PaperRef[] = [];
  const unreadable: string[] = [];
  for (const token of tokens) {
    const arxivId = parseArxivId(token);
    if (arxivId) refs.push({ label: token, arxivId, title: null });
    else unreadable.push(token);
  }
  return { refs, unreadable };
}
