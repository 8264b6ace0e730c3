// Helpers every format parser shares: a candidate record with defaults, and arXiv "Last, First" names.
import type { SourceRecordCandidate } from "../source-record";

export function candidate(
  fields: Partial<SourceRecordCandidate> & Pick<SourceRecordCandidate, "title" | "abstract">,
): SourceRecordCandidate {
  return {
    arxivId: null,
    arxivVersion: null,
    authors: [],
    categories: [],
    publishedAt: null,
    doi: null,
    journalRef: null,
    comments: null,
    keywords: [],
    links: [],
    appearance: null,
    ...fields,
  };
}

/** "Baillie, Robert" → "Robert Baillie" (OAI-PMH's Dublin Core order), so authors match across sources. */
export function firstNameFirst(name: string): string {
  const parts = name.split(",").map((p) => p.trim());
  if (parts.length !== 2 || !parts[0] || !parts[1]) return name.trim();
  return `${parts[1]} ${parts[0]}`;
}

/** Categories in order, primary first, without duplicates. */
export function primaryFirst(primary: string | null, all: string[]): string[] {
  return [...new Set([...(primary ? [primary] : []), ...all])];
}
