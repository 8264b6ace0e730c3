// JSON Lines of arXiv metadata: the daily-listing crawl / corpus shape ({id, title, abstract|summary,
// authors[], categories[], published, comment}) and the arXiv metadata snapshot shape (authors as
// one string or authors_parsed, "journal-ref", versions[]). One line at a time, so 300k lines stream.
import { z } from "zod";
import { parseArxivId } from "@/lib/domain/arxiv-id";
import { normalizeWhitespace } from "../digest-lines";
import { dayOfTimestamp } from "@/lib/domain/days";
import type { ParsedItem } from "../source-record";
import { candidate } from "./candidate";

export const ARXIV_JSONL = "arxiv-jsonl";

const stringOrNull = z.string().nullish();
const LineSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string(),
  abstract: stringOrNull,
  summary: stringOrNull,
  authors: z.union([z.array(z.string()), z.string()]).nullish(),
  authors_parsed: z.array(z.array(z.string())).nullish(),
  categories: z.union([z.array(z.string()), z.string()]).nullish(),
  published: stringOrNull,
  comment: stringOrNull,
  comments: stringOrNull,
  doi: stringOrNull,
  "journal-ref": stringOrNull,
  versions: z.array(z.object({ version: z.string(), created: z.string().optional() })).nullish(),
});

/** One line (1-based `line`); blank lines yield nothing. */
export function parseArxivJsonLine(text: string, line: number): ParsedItem | null {
  if (text.trim() === "") return null;
  const at = { line, record: null };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { at, rejection: { field: "json", reason: `not JSON: ${(error as Error).message}` } };
  }
  const parsed = LineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { at, rejection: { field: issue?.path.join(".") || "record", reason: issue?.message ?? "invalid record" } };
  }
  const r = parsed.data;
  const id = parseArxivId(r.id);
  if (!id) return { at, rejection: { field: "id", reason: `not an arXiv id: "${r.id}"` } };
  const lastVersion = r.versions?.at(-1)?.version;
  return {
    at,
    candidate: candidate({
      arxivId: id.id,
      arxivVersion: id.version ?? (lastVersion ? Number(lastVersion.replace(/^v/, "")) || null : null),
      title: r.title,
      abstract: r.abstract ?? r.summary ?? "",
      authors: toAuthors(r),
      // The snapshot's categories are one space-separated string; its first is the primary one.
      categories: typeof r.categories === "string" ? r.categories.split(/\s+/).filter(Boolean) : (r.categories ?? []),
      publishedAt: dayOfTimestamp(r.published) ?? rfcDay(r.versions?.[0]?.created),
      doi: r.doi ?? null,
      journalRef: r["journal-ref"] ?? null,
      comments: r.comment ?? r.comments ?? null,
    }),
  };
}

function toAuthors(r: z.infer<typeof LineSchema>): string[] {
  if (r.authors_parsed)
    return r.authors_parsed.map(([last = "", first = ""]) => `${first} ${last}`.trim()).filter(Boolean);
  // Whitespace runs collapse first: /\s+and\s+/ retried at every space of a long run is quadratic.
  if (typeof r.authors === "string")
    return normalizeWhitespace(r.authors)
      .split(/, ?| and /)
      .map((a) => a.trim())
      .filter(Boolean);
  return r.authors ?? [];
}

/** "Mon, 2 Apr 2007 19:18:42 GMT" → "2007-04-02". */
function rfcDay(value: string | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
