// What the current visitor sees on paper cards: whether they bookmarked/upvoted each, and counts.
import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { readViewerState, type ViewerState } from "./read-viewer-state";

/** The state of the request's signed-in user (or of an anonymous visitor) on these papers. */
export async function getViewerState(db: Db, paperIds: string[]): Promise<ViewerState> {
  const user = await getCurrentUser();
  return readViewerState(db, user?.id ?? null, paperIds);
}
