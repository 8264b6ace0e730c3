// The search query string — one zod schema for the search page, GET /api/search and the client that
// builds shareable URLs. Multi-valued facets repeat their key: `topic=a&topic=b`.
import { z } from "zod";
import { SEARCHABLE_LINK_KINDS } from "@/lib/domain/link-kinds";

export const SORTS = ["relevance", "newest", "trending"] as const;
export const MAX_QUERY_LENGTH = 300;
export const MAX_PAGE = 500;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug")
  .max(120);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month like 2026-03");
const category = z
  .string()
  .regex(/^[A-Za-z-]+(\.[A-Za-z-]+)?$/, "must be an arXiv category like cs.CL")
  .max(40);
const author = z.string().trim().min(1).max(200, "must be at most 200 characters");

const blank = (v: unknown) => v === "" || v === null || v === undefined;
/** One value: the first of a repeated key; "" counts as absent (an untouched form field). */
const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalSingle = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (blank(single(v)) ? undefined : single(v)), schema.optional());
/** Many values, de-duplicated, blanks dropped; past max + 1 they are not even read ("at most" needs one more). */
const many = <T extends z.ZodType>(schema: T, max: number, label: string) =>
  z.preprocess(
    (v) => [...new Set([v ?? []].flat().filter((x) => !blank(x)))].slice(0, max + 1),
    z.array(schema).max(max, `at most ${max} ${label}`),
  );

export const SearchQuerySchema = z
  .object({
    q: z.preprocess(
      (v) => single(v) ?? "",
      z.string().trim().max(MAX_QUERY_LENGTH, `must be at most ${MAX_QUERY_LENGTH} characters`),
    ),
    topic: many(slug, 10, "topics"),
    category: many(category, 10, "categories"),
    author: many(author, 5, "authors"),
    has: many(z.enum(SEARCHABLE_LINK_KINDS), SEARCHABLE_LINK_KINDS.length, "link kinds"),
    from: optionalSingle(month),
    to: optionalSingle(month),
    sort: z.preprocess((v) => (blank(single(v)) ? undefined : single(v)), z.enum(SORTS).default("relevance")),
    page: z.preprocess(
      (v) => (blank(single(v)) ? undefined : single(v)),
      z.coerce.number().int().min(1).max(MAX_PAGE, `must be at most ${MAX_PAGE}`).default(1),
    ),
  })
  .refine((s) => !s.from || !s.to || s.from <= s.to, { path: ["to"], message: "must not be before from" });
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** Encodes a query as a canonical query string (defaults left out), so equal searches share a URL. */
export function toSearchParams(query: SearchQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of ["topic", "category", "author", "has"] as const) {
    for (const value of query[key]) params.append(key, value);
  }
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.sort !== "relevance") params.set("sort", query.sort);
  if (query.page > 1) params.set("page", String(query.page));
  return params;
}

export function searchHref(query: SearchQuery, changes: Partial<SearchQuery> = {}): string {
  // Any change other than the page itself starts again at page 1.
  const next = { ...query, page: 1, ...changes };
  const qs = toSearchParams(next).toString();
  return qs ? `/search?${qs}` : "/search";
}

/** Adds the value when absent, removes it when present: a facet link's target. */
export function toggle<T extends string>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export const EMPTY_SEARCH: SearchQuery = SearchQuerySchema.parse({});

export function hasFilters(query: SearchQuery): boolean {
  return countFilters(query) > 0;
}

/** How many filters are on: each facet value, and a month range as one (the "Filters (n)" button). */
export function countFilters(query: SearchQuery): number {
  const range = query.from || query.to ? 1 : 0;
  return query.topic.length + query.category.length + query.author.length + query.has.length + range;
}
