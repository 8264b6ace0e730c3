// Stable identity for papers: the id (Meilisearch-safe) and the URL slug, both derived, never stored twice.
import { createHash } from "node:crypto";

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

function normalizeArxivId(arxivId: string): string {
  return arxivId
    .trim()
    .replace(/^arxiv:/i, "")
    .replace(/v\d+$/, "")
    .replace(/[./]/g, "_")
    .replace(/[^A-Za-z0-9_-]/g, "");
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

// New-style ids (2403.12345) and old-style ids (math.AP/0601001, hep-th/9901001), with an optional version.
const ARXIV_ID = /^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v(\d+))?$/;

/**
 * The versionless arXiv id and the version in an id or abs/pdf URL ("arXiv:2403.12345v2",
 * "http://arxiv.org/abs/2403.12345v2", "oai:arXiv.org:2403.12345"), or null when it is not one.
 */
export function splitArxivId(raw: string): { arxivId: string; version: number | null } | null {
  const bare = raw
    .trim()
    .replace(/^https?:\/\/(?:export\.)?arxiv\.org\/(?:abs|pdf)\//i, "")
    .replace(/^oai:arxiv\.org:/i, "")
    .replace(/^arxiv:/i, "")
    .replace(/\.pdf$/i, "");
  const match = ARXIV_ID.exec(bare);
  if (!match?.[1]) return null;
  return { arxivId: match[1], version: match[2] === undefined ? null : Number(match[2]) };
}

/** Author identity: the same spelling (ignoring case, accents and punctuation) from any source is one author. */
export function authorIdFor(name: string): string {
  return `au-${sha256Hex(normalizeTitle(name)).slice(0, 16)}`;
}
