// Invalidates the cached browse pages (app/cached/**) after anything that changes them.
import "server-only";
import { revalidatePath } from "next/cache";
import { CACHED_PREFIX } from "./browse-cache";

/**
 * Every cached page — trending, topics, the topic index, papers, status: a vote or bookmark moves a
 * paper's score on every window and topic page that lists it and its count on its own page, and an
 * ingest or sync can change any of them. They re-render on their next
 * visit (not all at once), so this is cheap; `revalidatePath` takes the internal route, not the
 * public URL the proxy rewrote from (Next docs, "Using revalidatePath with rewrites").
 */
export function revalidateBrowsePages(): void {
  revalidatePath(CACHED_PREFIX, "layout");
}
