// Maps arXiv corpus records (shared/data/arxiv-corpus.jsonl.gz) straight to search documents, for the
// benchmark and the relevance fixture — independent of the ingest pipeline, which has its own path.
import { z } from "zod";
import { arxivIdMonth } from "@/lib/domain/arxiv-id";
import { paperIdFor, slugFor } from "@/lib/domain/paper-identity";
import { toSearchDocument, type SearchDocument } from "@/lib/search/documents";

export const CorpusRecordSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  abstract: z.string(),
  authors: z.array(z.string()).default([]),
  categories: z.array(z.string()).default([]),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
});
export type CorpusRecord = z.infer<typeof CorpusRecordSchema>;

/** A date for undated records from the id itself: new-style `2403.12345` → 2024-03, old `hep-th/9901001` → 1999-01. */
export function dateFromArxivId(id: string): string {
  const month = arxivIdMonth(id);
  return month ? `${month.year}-${String(month.month).padStart(2, "0")}-01` : "1970-01-01";
}

/** `rank` is the record's position in the corpus: corpus papers have no digest rank of their own. */
export function toCorpusDocument(record: CorpusRecord, position: number): SearchDocument {
  const id = paperIdFor({ arxivId: record.id, title: record.title });
  return toSearchDocument({
    id,
    slug: slugFor(record.title, id),
    title: record.title.replace(/\s+/g, " ").trim(),
    abstract: record.abstract.replace(/\s+/g, " ").trim(),
    digestDate: record.published ?? dateFromArxivId(record.id),
    publishedAt: record.published ?? null,
    rank: position + 1,
    topics: [],
    links: [],
    authors: record.authors,
    categories: record.categories,
  });
}

/** Parses one JSON line of the corpus; null for a blank or invalid line (counted by the caller). */
export function parseCorpusLine(line: string): CorpusRecord | null {
  if (line.trim() === "") return null;
  try {
    const parsed = CorpusRecordSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
