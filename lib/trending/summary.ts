// The trending score in a few words for a card's meta row ("#2 of the day · 41 upvotes · 3 saves");
// the full explanation stays one click away (components/trending/score-why.tsx).
import type { Score } from "./score";
import type { WindowKind } from "./windows";

const PERIOD: Record<WindowKind, string> = {
  day: "of the day",
  week: "of the week",
  month: "of the month",
  all: "of all time",
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** `position`: 1-based place in the whole ranked list (not the page). */
export function summarizeScore(score: Score, position: number, kind: WindowKind): string[] {
  const { sourceUpvotes, userVotes, bookmarks, rank, digestSize, rankedDigest } = score.input;
  const upvotes = sourceUpvotes + userVotes;
  const parts = [`#${position} ${PERIOD[kind]}`];
  // A ranked digest's own place says why a paper without votes is here, unless it is the same number.
  if (rankedDigest && (kind !== "day" || rank !== position)) parts.push(`#${rank} of ${digestSize} in its digest`);
  if (upvotes > 0) parts.push(plural(upvotes, "upvote", "upvotes"));
  if (bookmarks > 0) parts.push(plural(bookmarks, "save", "saves"));
  return parts;
}
