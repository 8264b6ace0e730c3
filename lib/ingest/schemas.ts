// Zod schemas for ingest records: what every parser must produce before anything touches the database.
import { z } from "zod";

export const LinkKindSchema = z.enum(["code", "dataset", "model", "demo", "collection", "project"]);
export type LinkKind = z.infer<typeof LinkKindSchema>;

export const LinkInputSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  kind: LinkKindSchema,
});
export type LinkInput = z.infer<typeof LinkInputSchema>;

export const TopicAssignmentSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  reason: z.string().trim().min(1),
});
export type TopicAssignment = z.infer<typeof TopicAssignmentSchema>;

export const PaperInputSchema = z.object({
  // Ids double as Meilisearch document ids, which allow only [A-Za-z0-9_-].
  id: z.string().regex(/^[A-Za-z0-9_-]+$/),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  arxivId: z.string().min(1).nullable(),
  title: z.string().trim().min(1).max(500),
  abstract: z.string().trim().min(1).max(20_000),
  rank: z.number().int().min(1),
  links: z.array(LinkInputSchema),
  topics: z.array(TopicAssignmentSchema),
});
export type PaperInput = z.infer<typeof PaperInputSchema>;

/** True when `s` (YYYY-MM-DD) names a day that exists, e.g. not 2026-02-30. */
export function isCalendarDate(s: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export const DigestDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine(isCalendarDate, "not a real calendar date");

export const DigestInputSchema = z.object({
  date: DigestDateSchema,
  source: z.string().trim().min(1),
  papers: z.array(PaperInputSchema).min(1),
});
export type DigestInput = z.infer<typeof DigestInputSchema>;
