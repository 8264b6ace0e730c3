// Recognises a search that is really a paper reference — an arXiv id, an arxiv.org or
// huggingface.co/papers URL, an arXiv DOI — so search can jump straight to the paper.
import { parseArxivId } from "@/lib/domain/arxiv-id";

/** The arXiv id (without version) a query refers to, or null when it is an ordinary search. */
export function parseArxivRef(query: string): string | null {
  return parseArxivId(query)?.id ?? null;
}
