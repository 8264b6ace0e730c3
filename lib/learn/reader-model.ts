// A reader's model: logistic regression on their saved papers (positives) against papers they said
// "not interested" to and random papers of the collection (negatives), then ranking and explaining.
import { dotEncoded } from "./codec";
import { closestPositives, topTerms, type Closest, type TermWeight } from "./explain";
import { margin, toDenseWeights, trainLogistic, type Example, type LinearModel, type TrainingReport } from "./logistic";
import type { SparseVector } from "./sparse";
import type { Vocabulary } from "./vocabulary";

export type ReaderExamples = {
  /** Saved, bookmarked, upvoted or imported papers. */
  positives: readonly SparseVector[];
  /** Papers the reader marked "not interested": explicit, so each weighs more than a random paper. */
  dismissed?: readonly SparseVector[];
  /** Papers drawn at random from the collection (the caller samples them, seeded): "the rest of arXiv". */
  background: readonly SparseVector[];
};

export type ReaderModelOptions = {
  l2?: number;
  /** Weight of one dismissed paper, relative to one positive. */
  dismissedWeight?: number;
  /** Total weight of the background papers, relative to the positives' total. */
  backgroundWeight?: number;
  /** Training stops when an L-BFGS step improves the objective by less than this share of it. */
  relativeTolerance?: number;
};

export const READER_DEFAULTS = { l2: 1e-4, dismissedWeight: 2, backgroundWeight: 1, relativeTolerance: 1e-6 } as const;

export type ReaderModel = LinearModel & { report: TrainingReport };

/** Fewer positives than this and a model says little: show followed topics and trending instead (cold start). */
export const MIN_POSITIVES = 3;

export function trainReaderModel(examples: ReaderExamples, options: ReaderModelOptions = {}): ReaderModel {
  const { l2, dismissedWeight, backgroundWeight, relativeTolerance } = { ...READER_DEFAULTS, ...options };
  const { positives, dismissed = [], background } = examples;
  if (positives.length === 0) throw new Error("trainReaderModel: no positives");
  const backgroundEach = background.length === 0 ? 0 : (backgroundWeight * positives.length) / background.length;
  // Weights only for the terms of the reader's own papers: the model says which of their terms mark
  // their interest against the rest of arXiv. Terms only random papers use would get tiny weights
  // anyway (each random paper weighs little), and skipping them makes training cost follow the
  // reader's library instead of the background's vocabulary.
  const features = new Set<number>();
  for (const x of [...positives, ...dismissed]) for (const id of x.ids) features.add(id);
  const training: Example[] = [
    ...positives.map((x) => ({ x, label: true })),
    ...dismissed.map((x) => ({ x, label: false, weight: dismissedWeight })),
    ...background.map((x) => ({ x, label: false, weight: backgroundEach })),
  ];
  const { model, report } = trainLogistic(training, { l2, features, relativeTolerance });
  return { ...model, report };
}

export type Ranked<K> = { key: K; score: number };

export type Explanation = { terms: TermWeight[]; closest: Closest[] };

/** A paper to rank: its vector, or its stored bytes (encodeVector), scored without decoding. */
export type Candidate<K> = { key: K; vector: SparseVector } | { key: K; bytes: Uint8Array };

export type ReaderScorer = {
  /** The model's margin w·x + b: higher is more likely wanted (σ of it is a probability). */
  score(x: SparseVector): number;
  /** The `limit` best candidates, best first (ties: input order); linear in the candidates. */
  rank<K>(candidates: Iterable<Candidate<K>>, limit: number): Ranked<K>[];
  /** For each of `xs`: the terms that weighed most (arXiv categories appear as `arxiv:cs.CL`), and the 1–3 positives closest to it. */
  explain(xs: readonly SparseVector[], positives: readonly SparseVector[]): Explanation[];
};

/** Spreads the model's weights over the vocabulary once, so scoring a paper costs one multiply per term. */
export function createReaderScorer(model: LinearModel, vocabulary: Pick<Vocabulary, "terms">): ReaderScorer {
  const dense = toDenseWeights(model, vocabulary.terms.length);
  const score = (x: SparseVector) => margin(dense, model.bias, x);
  return {
    score,
    rank<K>(candidates: Iterable<Candidate<K>>, limit: number) {
      // A small sorted buffer instead of sorting every candidate.
      const best: Ranked<K>[] = [];
      for (const c of candidates) {
        const s = "bytes" in c ? model.bias + dotEncoded(dense, c.bytes) : score(c.vector);
        if (best.length === limit && s <= best[limit - 1]!.score) continue;
        let at = best.length;
        while (at > 0 && best[at - 1]!.score < s) at -= 1;
        best.splice(at, 0, { key: c.key, score: s });
        if (best.length > limit) best.pop();
      }
      return best;
    },
    explain(xs, positives) {
      const closest = closestPositives(xs, positives, 3);
      return xs.map((x, k) => ({ terms: topTerms(dense, x, vocabulary, 5), closest: closest[k]! }));
    },
  };
}
