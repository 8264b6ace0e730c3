// A reader's bookmark/vote state on a list of papers, for a user already known (or none): without
// Next's request context, so the web server's fast path for anonymous searches reads it too.
import "server-only";
import { listBookmarkedPaperIds } from "@/lib/db/bookmarks";
import type { Db } from "@/lib/db/client";
import { countVotes, listVotedPaperIds } from "@/lib/db/votes";

export type ViewerState = {
  signedIn: boolean;
  bookmarked: Set<string>;
  voted: Set<string>;
  votes: Map<string, number>;
};

/** One query per kind for a whole list (never one per card); `userId` null is an anonymous visitor. */
export async function readViewerState(db: Db, userId: string | null, paperIds: string[]): Promise<ViewerState> {
  const [bookmarked, voted, votes] = await Promise.all([
    userId ? listBookmarkedPaperIds(db, userId, paperIds) : new Set<string>(),
    userId ? listVotedPaperIds(db, userId, paperIds) : new Set<string>(),
    countVotes(db, paperIds),
  ]);
  return { signedIn: userId !== null, bookmarked, voted, votes };
}
