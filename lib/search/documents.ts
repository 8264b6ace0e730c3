// Pure mapping between app records and Meilisearch documents, and zod parsing of hits on the way out.
import { z } from "zod";
import { toPlainText } from "@/lib/text/latex";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from "./settings";

export const SearchDocumentSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/),
  slug: z.string(),
  title: z.string(),
  abstract: z.string(),
  topics: z.array(z.string()),
  topicNames: z.array(z.string()),
  digestDate: z.string(),
  /** digestDate as yyyymm (e.g. 202603): Meilisearch range filters compare numbers, not strings. */
  digestMonth: z.number().int().default(0),
  rank: z.number().int(),
  linkKinds: z.array(z.string()),
  /** Author names in paper order; empty until the ingest knows them (sources without them). */
  authors: z.array(z.string()).default([]),
  /** arXiv categories, primary first; empty until the ingest knows them (sources without them). */
  categories: z.array(z.string()).default([]),
});
export type SearchDocument = z.infer<typeof SearchDocumentSchema>;

/** What the indexer reads from the database for one paper. */
export type IndexablePaper = {
  id: string;
  slug: string;
  title: string;
  abstract: string;
  /** Null for catalogue papers that never appeared in a digest. */
  digestDate: string | null;
  rank: number | null;
  publishedAt: string | null;
  topics: { slug: string; name: string }[];
  links: { kind: string }[];
  authors: string[];
  categories: string[];
};

export function toSearchDocument(paper: IndexablePaper): SearchDocument {
  return {
    id: paper.id,
    slug: paper.slug,
    // Search sees plain text, not LaTeX markup; the highlight markers are reserved, so strip strays.
    title: stripMarkers(toPlainText(paper.title)),
    abstract: stripMarkers(toPlainText(paper.abstract)),
    topics: paper.topics.map((t) => t.slug),
    topicNames: paper.topics.map((t) => t.name),
    // Catalogue papers date from their publication and are unranked, as on their cards (lib/db/papers.ts).
    digestDate: paper.digestDate ?? paper.publishedAt ?? "",
    digestMonth: toDigestMonth(paper.digestDate ?? paper.publishedAt ?? ""),
    rank: paper.rank ?? 0,
    linkKinds: [...new Set(paper.links.map((l) => l.kind))].sort(),
    authors: paper.authors,
    categories: paper.categories,
  };
}

/** "2026-03-13" → 202603; 0 for a date that is not YYYY-MM-…. */
export function toDigestMonth(day: string): number {
  const match = /^(\d{4})-(\d{2})/.exec(day);
  return match ? Number(match[1]) * 100 + Number(match[2]) : 0;
}

function stripMarkers(text: string): string {
  return text.replaceAll(HIGHLIGHT_PRE, "").replaceAll(HIGHLIGHT_POST, "");
}

/** A highlighted string as plain segments, so React escapes every character it renders. */
export type HighlightSegment = { text: string; match: boolean };

export function toHighlightSegments(formatted: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let rest = formatted;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_PRE);
    if (start === -1) {
      segments.push({ text: rest, match: false });
      break;
    }
    if (start > 0) segments.push({ text: rest.slice(0, start), match: false });
    const end = rest.indexOf(HIGHLIGHT_POST, start + 1);
    const stop = end === -1 ? rest.length : end;
    segments.push({ text: rest.slice(start + 1, stop), match: true });
    rest = end === -1 ? "" : rest.slice(end + 1);
  }
  return toWholeWords(segments.filter((s) => s.text.length > 0));
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const isWordChar = (c: string) => WORD_CHAR.test(c);

/**
 * The engine marks only the part of a word the query matched ("Preferenc" of "Preference" while the
 * reader is still typing): widen each match to the whole word, taking the word's rest from the plain
 * text around it, then join neighbouring matches. Character by character: linear in the text.
 */
export function toWholeWords(segments: HighlightSegment[]): HighlightSegment[] {
  const out = segments.map((s) => ({ ...s }));
  for (let i = 0; i < out.length; i += 1) {
    if (!out[i]!.match) continue;
    const before = out[i - 1];
    if (before && !before.match) {
      const chars = [...before.text];
      let cut = chars.length;
      while (cut > 0 && isWordChar(chars[cut - 1]!)) cut -= 1;
      out[i]!.text = chars.slice(cut).join("") + out[i]!.text;
      before.text = chars.slice(0, cut).join("");
    }
    const after = out[i + 1];
    if (after && !after.match) {
      const chars = [...after.text];
      let cut = 0;
      while (cut < chars.length && isWordChar(chars[cut]!)) cut += 1;
      out[i]!.text += chars.slice(0, cut).join("");
      after.text = chars.slice(cut).join("");
    }
  }
  const merged: HighlightSegment[] = [];
  for (const s of out) {
    if (s.text.length === 0) continue;
    const last = merged.at(-1);
    if (last && last.match === s.match) last.text += s.text;
    else merged.push(s);
  }
  return merged;
}
