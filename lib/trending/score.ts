// The trending score: one documented, pure formula, explained part by part on every card.
//
//   score     = (community + position) × recency
//   community = log2(1 + sourceUpvotes + √readers)          — readers: distinct accounts here that upvoted
//               or bookmarked the paper (one account counts once, whatever it did)
//   position  = 3 × (1 − (rank − 1) / digestSize)          — the digest's own order, 0..3, only for
//               digests without vote counts (a trending page's order is its ranking; Hugging Face's
//               daily_papers API lists by submission, and its ranking signal is the upvotes)
//   recency   = 0.5 ^ (ageDays / halfLife(window))        — day: no decay; week 3 d; month 7 d; all 30 d
//
// Logarithms keep one viral paper from drowning a window. Readers here count with diminishing weight
// (n readers weigh as √n upstream votes): the first reader is worth one upvote, so one account can nudge
// a paper but never lift it far, and a bookmark never outranks dozens of upstream votes. With no votes
// at all (the seed), the score falls back to the digest's order.
import type { WindowKind } from "./windows";

export type ScoreInput = {
  sourceUpvotes: number;
  /** Upvotes here (shown on the card; the score counts readers, not actions). */
  userVotes: number;
  /** Bookmarks here (shown on the card as saves). */
  bookmarks: number;
  /** Distinct accounts that upvoted or bookmarked the paper. */
  readers: number;
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
/** `input`: the signals behind the value, for the card's one-line summary (lib/trending/summary.ts). */
export type Score = { value: number; parts: ScorePart[]; input: ScoreInput };

export const HALF_LIFE_DAYS: Record<WindowKind, number> = { day: Infinity, week: 3, month: 7, all: 30 };
export const WEIGHTS = { position: 3 } as const;

const round = (x: number) => Math.round(x * 100) / 100;

export function trendingScore(input: ScoreInput, kind: WindowKind): Score {
  const readers = Math.sqrt(Math.max(0, input.readers));
  const community = Math.log2(1 + Math.max(0, input.sourceUpvotes) + readers);
  const size = Math.max(1, input.digestSize);
  const position = input.rankedDigest
    ? WEIGHTS.position * (1 - (Math.min(Math.max(input.rank, 1), size) - 1) / size)
    : 0;
  const halfLife = HALF_LIFE_DAYS[kind];
  const recency = Number.isFinite(halfLife) ? 0.5 ** (Math.max(0, input.ageDays) / halfLife) : 1;
  return {
    value: (community + position) * recency,
    input,
    parts: [
      {
        label: "Community",
        value: round(community),
        detail: `log2(1 + ${input.sourceUpvotes} source upvotes + √${input.readers} ${input.readers === 1 ? "reader" : "readers"} here)`,
      },
      {
        label: "Digest position",
        value: round(position),
        detail: input.rankedDigest
          ? `#${input.rank} of ${input.digestSize} in its digest`
          : "not counted: this source ranks by upvotes",
      },
      {
        label: "Recency",
        value: round(recency),
        detail: Number.isFinite(halfLife)
          ? `×0.5 every ${halfLife} days; ${input.ageDays} days old in this window`
          : "no decay within a day",
      },
    ],
  };
}

/** Sorts by score (desc), ties broken by rank then id, so the order is stable across requests. */
export function rankByScore<T extends { id: string; score: Score; rank: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.score.value - a.score.value || a.rank - b.rank || a.id.localeCompare(b.id));
}
