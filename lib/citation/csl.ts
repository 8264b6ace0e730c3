// Paper → CSL-JSON (the lingua franca citation-js converts from). Pure.
import { canonicalUrl, cleanArxivId, issuedParts, type CitationPaper } from "@/lib/domain/citation";

export type CslItem = Record<string, unknown> & { id: string; type: string; title: string };

/** "Family, Given" → { family, given }; a single token → { literal }. Order is kept by the caller. */
function toCslName(name: string): Record<string, string> {
  const [family, given] = name.split(",").map((s) => s.trim());
  if (family && given) return { family, given };
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 ? { family: parts.at(-1)!, given: parts.slice(0, -1).join(" ") } : { literal: name.trim() };
}

export function toCsl(paper: CitationPaper, appUrl: string): CslItem {
  const arxiv = paper.arxivId ? cleanArxivId(paper.arxivId) : null;
  return {
    id: paper.id,
    "citation-key": paper.id,
    type: "article",
    title: paper.title,
    abstract: paper.abstract,
    author: paper.authors.map(toCslName),
    issued: { "date-parts": [issuedParts(paper)] },
    URL: canonicalUrl(paper, appUrl),
    ...(arxiv ? { number: `arXiv:${arxiv}`, publisher: "arXiv", DOI: `10.48550/arXiv.${arxiv}` } : {}),
  };
}
