// What the current visitor sees on paper cards: whether they bookmarked/upvoted each, and counts.
import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { listBookmarkedPaperIds } from "@/lib/db/bookmarks";
import type { Db } from "@/lib/db/client";
import { countVotes, listVotedPaperIds } from "@/lib/db/votes";

export type ViewerState = {
  signedIn: boolean;
  bookmarked: Set<string>;
  voted: Set<string>;
  votes: Map<string, number>;
};

/** One query per kind for a whole list (never one per card). */
export async function getViewerState(db: Db, paperIds: string[]): Promise<ViewerState> {
  const user = await getCurrentUser();
  const [bookmarked, voted, votes] = await Promise.all([
    user ? listBookmarkedPaperIds(db, user.id, paperIds) : new Set<string>(),
    user ? listVotedPaperIds(db, user.id, paperIds) : new Set<string>(),
    countVotes(db, paperIds),
  ]);
  return { signedIn: user !== null, bookmarked, voted, votes };
}
