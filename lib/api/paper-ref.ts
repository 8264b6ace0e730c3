// Pure: what a client may name a paper by in /api/v1/papers/{ref} and the MCP tools — an arXiv id or
// arxiv.org / huggingface.co / DOI URL (lib/domain/arxiv-id.ts), a link to a paper page of any
// Paperboard instance, or our own slug or id. Bounded before it is read.
import { MAX_ARXIV_REF_LENGTH, parseArxivId } from "@/lib/domain/arxiv-id";

export type PaperRef = { kind: "arxiv"; arxivId: string } | { kind: "key"; key: string };

/** A slug (`some-title-2403-12345`) or a paper id (`arxiv-2403_12345`, `t-0123abcd…`). */
const KEY = /^[A-Za-z0-9_-]{1,200}$/;
// Anchored both ends; the host and the slug are runs of disjoint characters, so it cannot backtrack.
const PAGE_URL = /^https?:\/\/[^/\s]+\/papers\/([A-Za-z0-9_-]{1,200})\/?(?:[?#]\S*)?$/;

export function parsePaperRef(text: string): PaperRef | null {
  const ref = text.trim();
  if (ref.length === 0 || ref.length > MAX_ARXIV_REF_LENGTH) return null;
  const arxiv = parseArxivId(ref);
  if (arxiv) return { kind: "arxiv", arxivId: arxiv.id };
  const page = PAGE_URL.exec(ref);
  if (page) return { kind: "key", key: page[1]! };
  return KEY.test(ref) ? { kind: "key", key: ref } : null;
}
