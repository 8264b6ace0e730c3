// The feature settings of recommendations: what the database stores per paper and what reader models
// see. Measured by scripts/measure-recs.ts, timed by scripts/bench-recs.ts (docs/recommendations.md).
import type { TermOptions } from "./features";
import type { VectorOptions } from "./sparse";
import type { VocabularyOptions } from "./vocabulary";

export const RECOMMENDATION_FEATURES = {
  bigrams: true,
  categories: true,
  minDf: 3,
  maxDfShare: 0.5,
  maxTerms: 200_000,
  maxTermsPerPaper: 128,
  categoryShare: 0.2,
} as const satisfies TermOptions & VectorOptions & VocabularyOptions;
