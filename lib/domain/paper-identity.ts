// Stable identity for papers: the id (Meilisearch-safe) and the URL slug, both derived, never stored twice.
import { createHash } from "node:crypto";
import { parseArxivId } from "./arxiv-id";

/** Title as a comparison key: compatibility-normalised, lower-case, no diacritics or punctuation. */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function sha256Hex(s: string): string {
  return createHash("sha256").update(s, "utf8").digest("hex");
}

/**
 * `arxiv-2403_12345` when the arXiv id is known (version dropped, so v1 and v2 are one paper), else
 * `t-` + a hash of the normalised title. Only [A-Za-z0-9_-]: the id doubles as the Meilisearch document id.
 */
export function paperIdFor(paper: { arxivId: string | null; title: string }): string {
  const arxiv = paper.arxivId === null ? "" : normalizeArxivId(paper.arxivId);
  if (arxiv !== "") return `arxiv-${arxiv}`;
  return `t-${sha256Hex(normalizeTitle(paper.title)).slice(0, 16)}`;
}

/** "2403_12345", "hep-th_9901001" (version dropped), or "" when the text is not an arXiv id. */
function normalizeArxivId(arxivId: string): string {
  return parseArxivId(arxivId)?.id.replace(/[./]/g, "_") ?? "";
}

const MAX_SLUG_BASE = 70;

/** Readable kebab-case title plus 6 hex chars of the id's hash, so equal titles still get distinct slugs. */
export function slugFor(title: string, id: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const base = cutAtWord(ascii, MAX_SLUG_BASE) || "paper";
  return `${base}-${sha256Hex(id).slice(0, 6)}`;
}

function cutAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  // Look one past the limit: if that char is "-", the word before it fits whole.
  const head = slug.slice(0, max + 1);
  const lastBreak = head.lastIndexOf("-");
  return lastBreak > 0 ? head.slice(0, lastBreak) : slug.slice(0, max);
}

/** Author identity: the same spelling (ignoring case, accents and punctuation) from any source is one author. */
export function authorIdFor(name: string): string {
  return `au-${sha256Hex(normalizeTitle(name)).slice(0, 16)}`;
}
