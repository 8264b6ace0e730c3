// Bookmark and upvote controls for one paper (cards and the paper page).
import type { ViewerState } from "@/lib/library/read-viewer-state";
import { ToggleButton } from "./toggle-button";

export function PaperActions({
  paperId,
  viewer,
  returnTo,
}: {
  paperId: string;
  viewer: ViewerState;
  returnTo?: string;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ToggleButton
        kind="bookmark"
        paperId={paperId}
        signedIn={viewer.signedIn}
        initialOn={viewer.bookmarked.has(paperId)}
        returnTo={returnTo}
      />
      <ToggleButton
        kind="vote"
        paperId={paperId}
        signedIn={viewer.signedIn}
        initialOn={viewer.voted.has(paperId)}
        initialCount={viewer.votes.get(paperId) ?? 0}
        returnTo={returnTo}
      />
    </div>
  );
}
