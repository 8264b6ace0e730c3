// Zod schemas for ingest records: what every parser must produce before anything touches the database.
import { z } from "zod";
import { isCalendarDate } from "@/lib/domain/days";
import { LINK_KINDS } from "@/lib/domain/link-kinds";
import type { TopicAssignment } from "@/lib/domain/taxonomy/rules";

export const LinkKindSchema = z.enum(LINK_KINDS);

export const LinkInputSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  kind: LinkKindSchema,
});
export type LinkInput = z.infer<typeof LinkInputSchema>;

export const TopicAssignmentSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  reason: z.string().trim().min(1),
}) satisfies z.ZodType<TopicAssignment>;

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
