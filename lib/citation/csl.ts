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

/**
 * CSL's "article" is its type for preprints (what Zotero exports for arXiv papers); a paper with a
 * known venue is an "article-journal". `key`: the citation key (lib/citation/cite-key.ts).
 */
export function toCsl(paper: CitationPaper, appUrl: string, key: string = paper.id): CslItem {
  const arxiv = paper.arxivId ? cleanArxivId(paper.arxivId) : null;
  const venue = paper.journalRef?.trim();
  return {
    id: paper.id,
    "citation-key": key,
    type: venue ? "article-journal" : "article",
    ...(venue ? { "container-title": venue } : {}),
    title: paper.title,
    abstract: paper.abstract,
    author: paper.authors.map(toCslName),
    issued: { "date-parts": [issuedParts(paper)] },
    URL: canonicalUrl(paper, appUrl),
    ...(arxiv ? { number: `arXiv:${arxiv}`, publisher: "arXiv", DOI: `10.48550/arXiv.${arxiv}` } : {}),
    ...(paper.doi ? { DOI: paper.doi } : {}),
  };
}
