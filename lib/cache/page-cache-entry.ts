// What the shared page cache stores for one Next cache entry, and when such an entry is stale — pure.
// An entry is written by whichever instance rendered it and read by every instance, so its freshness
// cannot come from one process's memory: it is the entry's write time against the times its tags were
// revalidated (any instance's revalidatePath / revalidateTag, or an ingest), kept beside it in the database.

/** Next's header on a rendered page or route listing its cache tags, its implicit path tags included. */
export const CACHE_TAGS_HEADER = "x-next-cache-tags";
/** Next's prefix of the implicit tag it derives from a route path (NEXT_CACHE_IMPLICIT_TAG_ID). */
const IMPLICIT_TAG_PREFIX = "_N_T_";

/** The tag `revalidatePath(path, "layout")` revalidates: what an ingest records when it cannot call it. */
export function layoutTagOf(path: string): string {
  return `${IMPLICIT_TAG_PREFIX}${path}/layout`;
}

/** Tags a `set` context may carry (a fetch-cache entry's own tags). */
type SetContext = { tags?: readonly string[] };
/** Tags a `get` context may carry: a fetch-cache entry's tags and the implicit tags of the page reading it. */
export type GetContext = { tags?: readonly string[]; softTags?: readonly string[] };

/**
 * The tags an entry answers to: the page's or route's tags header (which includes Next's implicit
 * tags for its path and every layout above it), a fetch entry's own tags and those the set call names.
 */
export function tagsOfEntry(value: unknown, ctx: SetContext = {}): string[] {
  const tags = new Set<string>(ctx.tags ?? []);
  if (value && typeof value === "object") {
    const headers = (value as { headers?: Record<string, unknown> }).headers;
    const header = headers?.[CACHE_TAGS_HEADER];
    if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
    const own = (value as { tags?: unknown }).tags;
    if (Array.isArray(own)) for (const tag of own) if (typeof tag === "string" && tag) tags.add(tag);
  }
  return [...tags];
}

/** Every tag that decides whether an entry is still good when read with this context. */
export function tagsToCheck(stored: readonly string[], ctx: GetContext = {}): string[] {
  return [...new Set([...stored, ...(ctx.tags ?? []), ...(ctx.softTags ?? [])])];
}

/**
 * True when any of the tags was revalidated at or after the entry was written. The same millisecond
 * counts as after: a render finishing as a vote lands may have read the database before it.
 */
export function isRevalidatedSince(
  tags: readonly string[],
  writtenAtMs: number,
  revalidatedAt: ReadonlyMap<string, number>,
): boolean {
  return tags.some((tag) => {
    const at = revalidatedAt.get(tag);
    return at !== undefined && at >= writtenAtMs;
  });
}

/** The stored form of the tag list: ",a,b," so one tag is found with a plain substring match. */
export function toStoredTags(tags: readonly string[]): string {
  return tags.length === 0 ? "," : `,${tags.join(",")},`;
}

export function fromStoredTags(stored: string): string[] {
  return stored.split(",").filter(Boolean);
}

/** What a stored tag list contains for `tag` (for finding entries a revalidation makes dead). */
export function storedTagNeedle(tag: string): string {
  return `,${tag},`;
}
