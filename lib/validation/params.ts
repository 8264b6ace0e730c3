// zod schemas for query strings, shared by pages and route handlers.
import { z } from "zod";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug").max(120);
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const TopicSlugSchema = slug;

export const PapersQuerySchema = z.object({
  topic: z.preprocess(emptyToUndefined, slug.optional()),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100).default(30)),
  cursor: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, "is not a paper id").optional()),
});
export type PapersQuery = z.infer<typeof PapersQuerySchema>;

export const SearchQuerySchema = z.object({
  q: z.preprocess((v) => v ?? "", z.string().trim().max(300, "must be at most 300 characters")),
  topic: z.preprocess(emptyToUndefined, slug.optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(500).default(1)),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** Reads a URLSearchParams or a Next `searchParams` object into a plain record (first value wins). */
export function toParamRecord(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && !(key in out)) out[key] = first;
  }
  return out;
}

/** "topic: must be a lower-case slug; page: …" — one line for a 400 or an on-page notice. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; ");
}
