// The citation DTO every export and page-metadata format is written against. Authors stay an empty
// list until the ingest knows them (issue 3): never invented.
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
};

const NEW_STYLE = /^(\d{2})(\d{2})\.\d{4,5}$/;

/** arXiv id without version or "arXiv:" prefix. */
export function cleanArxivId(id: string): string {
  return id.trim().replace(/^arxiv:/i, "").replace(/v\d+$/, "");
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
  const m = paper.arxivId ? NEW_STYLE.exec(cleanArxivId(paper.arxivId)) : null;
  if (m) return [2000 + Number(m[1]), Number(m[2])];
  const [y, mo, d] = paper.digestDate.split("-").map(Number);
  return [y ?? 1970, mo ?? 1, d ?? 1];
}

/** "2024/03" or "2026/03/13" (Highwire's citation_date form). */
export function issuedSlashed(paper: CitationPaper): string {
  return issuedParts(paper).map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, "0"))).join("/");
}
