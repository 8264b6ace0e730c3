// One time split of the recommendation measurement: simulated readers, their models' top 20 of the
// week after T, the non-personal lists beside them, and the "not interested" experiment.
import { createReaderScorer, trainReaderModel, type ReaderModelOptions } from "@/lib/learn/reader-model";
import type { SparseVector } from "@/lib/learn/sparse";
import type { Random } from "@/lib/domain/seeded-random";
import type { CorpusFeatures } from "./corpus-features";
import {
  byPrimaryCategory,
  eligibleCategories,
  sample,
  shareIn,
  simulateReader,
  timeSplit,
  type SimulatedReader,
  type Split,
} from "./readers";

export const TOP = 20;

export type RecsOptions = ReaderModelOptions & { readers: number; background: number; dismissals: number };

/** The features a variant of the model sees, per paper index (all text + categories, or text only). */
export type VectorsOf = (i: number) => SparseVector;

export type ReaderResult = { categories: string[]; precision: number };
export type DismissalResult = { before: number; after: number; othersAfter: number };

type Ranker = (reader: SimulatedReader, dismissed: readonly number[]) => number[];

function trainFor(
  features: CorpusFeatures,
  split: Split,
  vectorOf: VectorsOf,
  options: RecsOptions,
  random: Random,
  reader: SimulatedReader,
  dismissed: readonly number[],
) {
  const exclude = new Set([...reader.saves, ...dismissed]);
  const background = sample(split.train, options.background + exclude.size, random)
    .filter((i) => !exclude.has(i))
    .slice(0, options.background);
  const model = trainReaderModel(
    { positives: reader.saves.map(vectorOf), dismissed: dismissed.map(vectorOf), background: background.map(vectorOf) },
    options,
  );
  return createReaderScorer(model, features.vocabulary);
}

function makeRanker(
  features: CorpusFeatures,
  split: Split,
  vectorOf: VectorsOf,
  options: RecsOptions,
  random: Random,
): Ranker {
  return (reader, dismissed) => {
    const scorer = trainFor(features, split, vectorOf, options, random, reader, dismissed);
    const hidden = new Set(dismissed);
    const candidates = split.window.filter((i) => !hidden.has(i)).map((i) => ({ key: i, vector: vectorOf(i) }));
    return scorer.rank(candidates, TOP).map((r) => r.key);
  };
}

/** Newest first (date, then arXiv id: later ids were submitted later). */
export function newestList(features: CorpusFeatures, split: Split, limit = TOP): number[] {
  const key = (i: number) => `${features.published[i]} ${features.ids[i]}`;
  return [...split.window].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0)).slice(0, limit);
}

/**
 * The best list one could show every reader of the run: the window's papers relevant to the most
 * readers. It maximises mean precision@20 over them, so it bounds any common list from above.
 */
export function bestCommonList(features: CorpusFeatures, split: Split, readers: readonly SimulatedReader[]): number[] {
  const votes = split.window.map((i) => ({
    i,
    votes: readers.filter((r) => r.categories.some((c) => features.categories[i]!.includes(c))).length,
  }));
  return votes
    .sort((a, b) => b.votes - a.votes || a.i - b.i)
    .slice(0, TOP)
    .map((v) => v.i);
}

/**
 * "Not interested" five times in one of a three-interest reader's categories: the papers of that
 * category (and none of the other two) published before T that the reader's model ranked highest —
 * what For you showed them in the days before. No paper of the measured week is used.
 */
function dismissalsFor(
  features: CorpusFeatures,
  split: Split,
  vectorOf: VectorsOf,
  reader: SimulatedReader,
  category: string,
  options: RecsOptions,
  random: Random,
): number[] {
  const keep = reader.categories.filter((c) => c !== category);
  const saved = new Set(reader.saves);
  const pool = split.train.filter(
    (i) =>
      !saved.has(i) &&
      features.categories[i]!.includes(category) &&
      !features.categories[i]!.some((c) => keep.includes(c)),
  );
  const scorer = trainFor(features, split, vectorOf, options, random, reader, []);
  return scorer
    .rank(
      pool.map((i) => ({ key: i, vector: vectorOf(i) })),
      options.dismissals,
    )
    .map((r) => r.key);
}

export type SplitReaders = {
  split: Split;
  eligible: string[];
  singles: SimulatedReader[];
  threes: SimulatedReader[];
  voters: SimulatedReader[];
};

/** The split at `date` and its simulated readers (drawn once, so every variant is measured on the same readers). */
export function drawReaders(features: CorpusFeatures, date: string, count: number, random: Random): SplitReaders {
  const split = timeSplit(features, date);
  const primary = byPrimaryCategory(features, split);
  const eligible = eligibleCategories(features, split, primary);
  if (eligible.length < 3) throw new Error(`${date}: only ${eligible.length} categories have enough papers`);
  return {
    split,
    eligible,
    singles: Array.from({ length: count }, () => simulateReader(eligible, primary, 1, 10, random)),
    threes: Array.from({ length: count }, () => simulateReader(eligible, primary, 3, 5, random)),
    voters: Array.from({ length: 4 * count }, (_, k) =>
      simulateReader(eligible, primary, k % 2 === 0 ? 1 : 3, 1, random),
    ),
  };
}

export type VariantResult = { single: ReaderResult[]; three: ReaderResult[]; dismissal: DismissalResult[] };

/** One model variant on a split's readers: precision@20 of each, and the dismissal experiment on the three-interest ones. */
export function evaluateVariant(
  features: CorpusFeatures,
  drawn: SplitReaders,
  vectorOf: VectorsOf,
  options: RecsOptions,
  seed: number,
  random: (seed: number) => Random,
): VariantResult {
  const rng = random(seed);
  const rank = makeRanker(features, drawn.split, vectorOf, options, rng);
  const precision = (r: SimulatedReader, list: number[]) => ({
    categories: r.categories,
    precision: shareIn(features, list, r.categories),
  });
  const single = drawn.singles.map((r) => precision(r, rank(r, [])));
  const three: ReaderResult[] = [];
  const dismissal: DismissalResult[] = [];
  for (const reader of drawn.threes) {
    const before = rank(reader, []);
    three.push(precision(reader, before));
    const unwanted = reader.categories[Math.floor(rng() * 3)]!;
    const dismissed = dismissalsFor(features, drawn.split, vectorOf, reader, unwanted, options, rng);
    const after = rank(reader, dismissed);
    dismissal.push({
      before: shareIn(features, before, [unwanted]),
      after: shareIn(features, after, [unwanted]),
      othersAfter: shareIn(
        features,
        after,
        reader.categories.filter((c) => c !== unwanted),
      ),
    });
  }
  return { single, three, dismissal };
}

/**
 * A trending-like list: a crowd of voters drawn like the measured readers (but not them) each upvote
 * `votes` random papers of the week in their categories; most votes first, then newest. What the
 * trending page shows when an instance's readers work in the fields the measured readers do.
 */
export function trendingList(
  features: CorpusFeatures,
  drawn: SplitReaders,
  voters: readonly SimulatedReader[],
  votes: number,
  random: Random,
): number[] {
  const counts = new Map<number, number>();
  for (const voter of voters) {
    const relevant = drawn.split.window.filter((i) =>
      features.categories[i]!.some((c) => voter.categories.includes(c)),
    );
    for (const i of sample(relevant, votes, random)) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const newest = new Map(newestList(features, drawn.split, drawn.split.window.length).map((i, rank) => [i, rank]));
  return [...counts]
    .sort((a, b) => b[1] - a[1] || newest.get(a[0])! - newest.get(b[0])!)
    .slice(0, TOP)
    .map(([i]) => i);
}
