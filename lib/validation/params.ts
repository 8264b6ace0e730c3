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

/** Reads a URLSearchParams or a Next `searchParams` object into a plain record (first value wins). */
export function toParamRecord(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  // No prototype: keys such as `constructor` or `__proto__` are plain keys here, never inherited.
  const out: Record<string, string> = Object.create(null);
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && !(key in out)) out[key] = first;
  }
  return out;
}

/** Like toParamRecord, but a repeated key keeps every value (facets: `topic=a&topic=b`). */
export function toParamLists(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const out: Record<string, string | string[]> = Object.create(null);
  for (const [key, value] of entries) {
    if (value === undefined) continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : [...[prev].flat(), ...[value].flat()];
  }
  return out;
}

/** "topic: must be a lower-case slug; page: …" — one line for a 400 or an on-page notice. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; ");
}
