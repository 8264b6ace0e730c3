// The one shape every format parser produces, validated with zod before anything is derived or stored.
import { z } from "zod";
import { normalizeWhitespace } from "./digest-lines";
import { DigestDateSchema } from "./schemas";

const text = (max: number) => z.string().transform(normalizeWhitespace).pipe(z.string().min(1).max(max));
const optionalText = (max: number) =>
  z
    .string()
    .transform(normalizeWhitespace)
    .pipe(z.string().max(max))
    .nullable()
    .transform((v) => (v ? v : null));

export const AppearanceSchema = z.object({
  date: DigestDateSchema,
  source: z.string().min(1),
  rank: z.int().min(1),
  upvotes: z.int().min(0).nullable(),
  commentCount: z.int().min(0).nullable(),
});

export const SourceRecordSchema = z.object({
  /** Versionless arXiv id (see parseArxivId in lib/domain/arxiv-id), or null when the source has none. */
  arxivId: z.string().min(1).max(40).nullable(),
  arxivVersion: z.int().min(1).max(1000).nullable(),
  title: text(500),
  abstract: text(20_000),
  authors: z.array(text(300)).max(5_000),
  /** arXiv categories, primary first. */
  categories: z.array(z.string().regex(/^[A-Za-z-]+(?:\.[A-Za-z-]+)?$/, "not an arXiv category")).max(50),
  publishedAt: DigestDateSchema.nullable(),
  doi: optionalText(300),
  journalRef: optionalText(1_000),
  comments: optionalText(2_000),
  keywords: z.array(text(100)).max(100),
  /** Links the source attaches (repository, project page) besides those found in the abstract. */
  links: z.array(z.url({ protocol: /^https?$/ })).max(50),
  appearance: AppearanceSchema.nullable(),
});
export type SourceRecord = z.infer<typeof SourceRecordSchema>;
export type SourceRecordCandidate = z.input<typeof SourceRecordSchema>;

/** A record a parser read, or why it could not: `at` names the line or the record ("entry 3"). */
export type ParsedItem =
  { at: Location; candidate: SourceRecordCandidate } | { at: Location; rejection: { field: string; reason: string } };
export type Location = { line: number | null; record: string | null };

export type Rejection = { at: Location; field: string; reason: string };
export type Validated = { ok: true; record: SourceRecord } | { ok: false; rejection: Rejection };

export function validateItem(item: ParsedItem): Validated {
  if ("rejection" in item) return { ok: false, rejection: { at: item.at, ...item.rejection } };
  const result = SourceRecordSchema.safeParse(item.candidate);
  if (result.success) return { ok: true, record: result.data };
  const [issue] = result.error.issues;
  const field = issue?.path.map(String).join(".") || "record";
  return { ok: false, rejection: { at: item.at, field, reason: issue?.message ?? "invalid record" } };
}

/** "file:12: title: reason" or "file: entry 3: title: reason" — the compiler-style shape. */
export function describeRejection(file: string, r: Rejection): string {
  const where = r.at.line !== null ? `${file}:${r.at.line}` : r.at.record !== null ? `${file}: ${r.at.record}` : file;
  return `${where}: ${r.field}: ${r.reason}`;
}
