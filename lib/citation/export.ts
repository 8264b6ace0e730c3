// Papers → BibTeX, RIS or CSL-JSON through citation-js (which handles escaping and name order).
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { toCsl } from "./csl";
import { cleanArxivId, type CitationPaper } from "@/lib/domain/citation";

export const EXPORT_FORMATS = {
  bibtex: { extension: "bib", contentType: "application/x-bibtex; charset=utf-8" },
  ris: { extension: "ris", contentType: "application/x-research-info-systems; charset=utf-8" },
  csl: { extension: "json", contentType: "application/vnd.citationstyles.csl+json; charset=utf-8" },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * citation-js maps no CSL field to BibTeX's eprint/archivePrefix (the fields arXiv's own BibTeX and
 * Zotero read), so they are added to each entry before its closing brace.
 */
function bibtexEntry(paper: CitationPaper, appUrl: string): string {
  const entry = (new Cite(toCsl(paper, appUrl)).format("bibtex") as string).trimEnd();
  if (!paper.arxivId || !entry.endsWith("}")) return entry;
  return `${entry.slice(0, -1)}\teprint = {${cleanArxivId(paper.arxivId)}},\n\tarchivePrefix = {arXiv},\n}`;
}

export function formatCitations(papers: CitationPaper[], format: ExportFormat, appUrl: string): string {
  if (format === "bibtex") return papers.map((p) => bibtexEntry(p, appUrl)).join("\n\n") + "\n";
  const data = papers.map((p) => toCsl(p, appUrl));
  if (format === "ris") return data.length === 0 ? "" : (new Cite(data).format("ris") as string);
  return JSON.stringify(data, null, 2) + "\n";
}
