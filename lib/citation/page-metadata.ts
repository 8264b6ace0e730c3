// What Zotero's Connector reads from pages: Highwire citation_* meta tags (a paper page) and COinS
// spans (one per item on list pages). Pure; values are escaped by React when rendered.
import { canonicalUrl, cleanArxivId, issuedParts, issuedSlashed, type CitationPaper } from "@/lib/domain/citation";

/** For Next's `metadata.other` (an array value renders one <meta> per author, in order). */
export function toHighwireMeta(paper: CitationPaper, appUrl: string): Record<string, string | string[]> {
  const meta: Record<string, string | string[]> = {
    citation_title: paper.title,
    citation_publication_date: issuedSlashed(paper),
    citation_date: issuedSlashed(paper),
    citation_abstract_html_url: canonicalUrl(paper, appUrl),
  };
  if (paper.authors.length > 0) meta.citation_author = paper.authors;
  if (paper.arxivId) {
    meta.citation_arxiv_id = cleanArxivId(paper.arxivId);
    meta.citation_pdf_url = `https://arxiv.org/pdf/${cleanArxivId(paper.arxivId)}`;
    meta.citation_technical_report_institution = "arXiv";
  }
  return meta;
}

/** The title attribute of a COinS span (OpenURL 1.0 KEV, journal format, genre preprint). */
export function toCoinsTitle(paper: CitationPaper, appUrl: string): string {
  const q = new URLSearchParams({
    ctx_ver: "Z39.88-2004",
    rft_val_fmt: "info:ofi/fmt:kev:mtx:journal",
    "rft.genre": "preprint",
    "rft.atitle": paper.title,
    "rft.date": String(issuedParts(paper)[0]),
  });
  paper.authors.forEach((a) => q.append("rft.au", a));
  if (paper.arxivId) q.append("rft_id", `info:arxiv/${cleanArxivId(paper.arxivId)}`);
  q.append("rft_id", canonicalUrl(paper, appUrl));
  return q.toString();
}
