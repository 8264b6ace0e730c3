// What the current visitor sees on paper cards: whether they bookmarked/upvoted each, and counts.
import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { listBookmarkedPaperIds } from "@/lib/db/bookmarks";
import { countVotes, listVotedPaperIds } from "@/lib/db/votes";

export type ViewerState = {
  signedIn: boolean;
  bookmarked: Set<string>;
  voted: Set<string>;
  votes: Map<string, number>;
};

/** One query per kind for a whole list (never one per card). */
export async function getViewerState(paperIds: string[]): Promise<ViewerState> {
  const user = await getCurrentUser();
  const [bookmarked, voted, votes] = await Promise.all([
    user ? listBookmarkedPaperIds(user.id, paperIds) : new Set<string>(),
    user ? listVotedPaperIds(user.id, paperIds) : new Set<string>(),
    countVotes(paperIds),
  ]);
  return { signedIn: user !== null, bookmarked, voted, votes };
}
