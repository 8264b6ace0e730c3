// The citation DTO every export and page-metadata format is written against. Authors stay an empty
// list until the ingest knows them: never invented.
import { arxivIdMonth, parseArxivId } from "./arxiv-id";

export type CitationPaper = {
  id: string;
  slug: string;
  title: string;
  abstract: string;
  arxivId: string | null;
  /** Day the paper appeared in a digest (YYYY-MM-DD): the best date known without arXiv metadata. */
  digestDate: string;
  /** In author order, "Family, Given" or as printed. */
  authors: string[];
  /** arXiv's primary category ("cs.CL"), when known: BibTeX's primaryClass. */
  primaryCategory?: string | null;
  /** Where it was published ("NeurIPS 2024"), when the source said: then it is cited as a journal article. */
  journalRef?: string | null;
  doi?: string | null;
};

/** arXiv id without version or "arXiv:" prefix (text that is not an id is only trimmed). */
export function cleanArxivId(id: string): string {
  return parseArxivId(id)?.id ?? id.trim();
}

export function arxivAbsUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${cleanArxivId(arxivId)}`;
}

/** The paper's canonical URL: its arXiv abstract page when known, else its page here. */
export function canonicalUrl(paper: CitationPaper, appUrl: string): string {
  return paper.arxivId ? arxivAbsUrl(paper.arxivId) : new URL(`/papers/${paper.slug}`, appUrl).toString();
}

/** [year, month, day?]: from a new-style arXiv id (YYMM.NNNNN, its submission month) else the digest day. */
export function issuedParts(paper: CitationPaper): [number, number] | [number, number, number] {
  // New-style ids only: citations of old-style papers keep the digest day they were always exported with.
  const month = paper.arxivId ? arxivIdMonth(paper.arxivId) : null;
  if (month?.modern) return [month.year, month.month];
  const [y, mo, d] = paper.digestDate.split("-").map(Number);
  return [y ?? 1970, mo ?? 1, d ?? 1];
}

/** "2024/03" or "2026/03/13" (Highwire's citation_date form). */
export function issuedSlashed(paper: CitationPaper): string {
  return issuedParts(paper)
    .map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, "0")))
    .join("/");
}
