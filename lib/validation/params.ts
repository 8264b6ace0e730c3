// zod schemas for query strings, shared by pages and route handlers.
import { z } from "zod";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug")
  .max(120);
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const TopicSlugSchema = slug;

export const PapersQuerySchema = z.object({
  topic: z.preprocess(emptyToUndefined, slug.optional()),
  limit: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100).default(30)),
  cursor: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,100}$/, "is not a paper id")
      .optional(),
  ),
});

/** No page takes more; the rest of a longer query string is not read (Node already caps it near 16 KB). */
export const MAX_PARAMS = 1_000;

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

/** The first MAX_PARAMS entries, read lazily: a query string of 100,000 keys is not copied whole. */
function* firstEntries(params: Params): Generator<[string, string | string[] | undefined]> {
  let n = 0;
  for (const entry of params instanceof URLSearchParams ? params : Object.entries(params)) {
    if (++n > MAX_PARAMS) return;
    yield entry;
  }
}

/** A record with no prototype: `record.constructor` or `.hasOwnProperty` is a query key or nothing. */
function withoutPrototype<T>(entries: Map<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, Object.fromEntries(entries));
}

/** Reads a URLSearchParams or a Next `searchParams` object into a plain record (first value wins). */
export function toParamRecord(params: Params): Record<string, string> {
  // A Map, then own properties: `key in {}` is true for "constructor", so ?constructor=x was dropped.
  const out = new Map<string, string>();
  for (const [key, value] of firstEntries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && !out.has(key)) out.set(key, first);
  }
  return withoutPrototype(out);
}

/**
 * Like toParamRecord, but a repeated key keeps every value (facets: `topic=a&topic=b`). Values are
 * gathered per key and joined once: re-copying the list per repeat made 100,000 repeats quadratic.
 */
export function toParamLists(params: Params): Record<string, string | string[]> {
  const gathered = new Map<string, (string | string[])[]>();
  for (const [key, value] of firstEntries(params)) {
    if (value === undefined) continue;
    const values = gathered.get(key);
    if (values) values.push(value);
    else gathered.set(key, [value]);
  }
  return withoutPrototype(
    new Map([...gathered].map(([key, values]) => [key, values.length === 1 ? values[0]! : values.flat()])),
  );
}

/** "topic: must be a lower-case slug; page: …" — one line for a 400 or an on-page notice. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; ");
}
