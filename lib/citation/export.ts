// Papers → BibTeX, RIS or CSL-JSON through citation-js (which handles escaping and name order).
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { assignCiteKeys } from "./cite-key";
import { toCsl } from "./csl";
import { cleanArxivId, type CitationPaper } from "@/lib/domain/citation";

export const EXPORT_FORMATS = {
  bibtex: { extension: "bib", contentType: "application/x-bibtex; charset=utf-8" },
  ris: { extension: "ris", contentType: "application/x-research-info-systems; charset=utf-8" },
  csl: { extension: "json", contentType: "application/vnd.citationstyles.csl+json; charset=utf-8" },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * BibTeX as arXiv's own export and Zotero write it: a preprint is `@misc` (citation-js gives `@misc` for
 * CSL's preprint type; CSL's "article" would become an `@article` without a journal) and, since
 * citation-js maps no CSL field to them, eprint / archivePrefix / primaryClass are added before the
 * entry's closing brace. A paper with a known venue stays an `@article` in that journal.
 */
function bibtexEntry(paper: CitationPaper, appUrl: string, key: string): string {
  const csl = toCsl(paper, appUrl, key);
  const item = csl.type === "article" ? { ...csl, type: "preprint", publisher: undefined, number: undefined } : csl;
  const entry = (new Cite(item).format("bibtex") as string).trimEnd();
  if (!paper.arxivId || !entry.endsWith("}")) return entry;
  // Category codes ("cs.CL", "hep-th") only: anything else could break out of the BibTeX field.
  const primary =
    paper.primaryCategory && /^[A-Za-z][A-Za-z.-]{0,19}$/.test(paper.primaryCategory)
      ? `\tprimaryClass = {${paper.primaryCategory}},\n`
      : "";
  return `${entry.slice(0, -1)}\teprint = {${cleanArxivId(paper.arxivId)}},\n\tarchivePrefix = {arXiv},\n${primary}}`;
}

export function formatCitations(papers: CitationPaper[], format: ExportFormat, appUrl: string): string {
  const keys = assignCiteKeys(papers);
  if (format === "bibtex") return papers.map((p, i) => bibtexEntry(p, appUrl, keys[i]!)).join("\n\n") + "\n";
  const data = papers.map((p, i) => toCsl(p, appUrl, keys[i]));
  if (format === "ris") return data.length === 0 ? "" : (new Cite(data).format("ris") as string);
  return JSON.stringify(data, null, 2) + "\n";
}
