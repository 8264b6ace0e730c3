// The trending score: one documented, pure formula, explained part by part on every card.
//
//   score    = (community + position) × recency
//   community = log2(1 + sourceUpvotes + 3·userVotes + 2·bookmarks)
//   position  = 3 × (1 − (rank − 1) / digestSize)          — the digest's own order, 0..3, only for
//               digests without vote counts (a trending page's order is its ranking; Hugging Face's
//               daily_papers API lists by submission, and its ranking signal is the upvotes)
//   recency   = 0.5 ^ (ageDays / halfLife(window))        — day: no decay; week 3 d; month 7 d; all 30 d
//
// Logarithms keep one viral paper from drowning a window; our own users' votes and bookmarks count
// more than a source's upvotes because each is a signed-in person here. With no votes at all (the
// seed), the score falls back to the digest's order.
import type { WindowKind } from "./windows";

export type ScoreInput = {
  sourceUpvotes: number;
  userVotes: number;
  bookmarks: number;
  /** Best (lowest) 1-based rank among the paper's digest appearances in the window. */
  rank: number;
  /** Number of papers in that digest. */
  digestSize: number;
  /** Whether the digest's order is a ranking (false when its source reports upvotes instead). */
  rankedDigest: boolean;
  /** Days from the paper's latest appearance in the window to the window's last digest day. */
  ageDays: number;
};
export type ScorePart = { label: string; value: number; detail: string };
export type Score = { value: number; parts: ScorePart[] };

export const HALF_LIFE_DAYS: Record<WindowKind, number> = { day: Infinity, week: 3, month: 7, all: 30 };
export const WEIGHTS = { userVote: 3, bookmark: 2, position: 3 } as const;

const round = (x: number) => Math.round(x * 100) / 100;

export function trendingScore(input: ScoreInput, kind: WindowKind): Score {
  const signals = input.sourceUpvotes + WEIGHTS.userVote * input.userVotes + WEIGHTS.bookmark * input.bookmarks;
  const community = Math.log2(1 + Math.max(0, signals));
  const size = Math.max(1, input.digestSize);
  const position = input.rankedDigest ? WEIGHTS.position * (1 - (Math.min(Math.max(input.rank, 1), size) - 1) / size) : 0;
  const halfLife = HALF_LIFE_DAYS[kind];
  const recency = Number.isFinite(halfLife) ? 0.5 ** (Math.max(0, input.ageDays) / halfLife) : 1;
  return {
    value: (community + position) * recency,
    parts: [
      {
        label: "Community",
        value: round(community),
        detail: `log2(1 + ${input.sourceUpvotes} source upvotes + ${WEIGHTS.userVote}×${input.userVotes} votes + ${WEIGHTS.bookmark}×${input.bookmarks} bookmarks)`,
      },
      {
        label: "Digest position",
        value: round(position),
        detail: input.rankedDigest ? `#${input.rank} of ${input.digestSize} in its digest` : "not counted: this source ranks by upvotes",
      },
      {
        label: "Recency",
        value: round(recency),
        detail: Number.isFinite(halfLife) ? `×0.5 every ${halfLife} days; ${input.ageDays} days old in this window` : "no decay within a day",
      },
    ],
  };
}

/** Sorts by score (desc), ties broken by rank then id, so the order is stable across requests. */
export function rankByScore<T extends { id: string; score: Score; rank: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.score.value - a.score.value || a.rank - b.rank || a.id.localeCompare(b.id));
}
