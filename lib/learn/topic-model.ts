// A shipped multi-label topic classifier: its vocabulary, one linear model per topic and the
// threshold each topic needs, as JSON (a model file in the repository), and classifying a paper's text.
import { z } from "zod";
import { topTerms } from "./explain";
import { paperTermCounts, type TermOptions } from "./features";
import { margin, sigmoid, toDenseWeights, type LinearModel } from "./logistic";
import { toTfidfVector, type VectorOptions } from "./sparse";
import { parseVocabulary, toVocabularyJson, VocabularyJsonSchema, type Vocabulary } from "./vocabulary";

export type TopicClassifier = {
  slug: string;
  model: LinearModel;
  /** Probability at or above which the topic is given. */
  threshold: number;
};

export type TopicModel = {
  /** Identifies the trained model (changes whenever it does): stored topics are reassigned when it changes. */
  version: string;
  /** Papers dated in [from, until) were kept out of training and threshold choice: measure on them. */
  heldOut?: { from: string; until: string };
  features: TermOptions & VectorOptions;
  vocabulary: Vocabulary;
  topics: TopicClassifier[];
};

const TopicModelSchema = z.object({
  format: z.literal(1),
  version: z.string().min(1),
  about: z.string(),
  heldOut: z
    .object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) })
    .optional(),
  features: z.object({ bigrams: z.boolean(), maxTermsPerPaper: z.number().int().positive().optional() }),
  vocabulary: VocabularyJsonSchema,
  topics: z.array(
    z.object({
      slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      bias: z.number(),
      threshold: z.number().min(0).max(1),
      ids: z.array(z.number().int().nonnegative()),
      weights: z.array(z.number()),
    }),
  ),
});
export type TopicModelJson = z.infer<typeof TopicModelSchema>;

/** Validates a model file (shape, lengths, ids within the vocabulary); throws with what is wrong. */
export function parseTopicModel(json: unknown): TopicModel {
  const data = TopicModelSchema.parse(json);
  const vocabulary = parseVocabulary(data.vocabulary);
  const size = vocabulary.terms.length;
  const topics = data.topics.map((t) => {
    if (t.ids.length !== t.weights.length)
      throw new Error(`topic model: ${t.slug} has ${t.ids.length} ids but ${t.weights.length} weights`);
    const outside = t.ids.find((id) => id >= size);
    if (outside !== undefined) throw new Error(`topic model: ${t.slug} refers to term ${outside} of ${size}`);
    const order = t.ids.map((_, k) => k).sort((a, b) => t.ids[a]! - t.ids[b]!);
    const model = {
      ids: Uint32Array.from(order, (k) => t.ids[k]!),
      weights: Float32Array.from(order, (k) => t.weights[k]!),
      bias: t.bias,
    };
    return { slug: t.slug, model, threshold: t.threshold };
  });
  return {
    version: data.version,
    ...(data.heldOut ? { heldOut: data.heldOut } : {}),
    features: data.features,
    vocabulary,
    topics,
  };
}

const round = (x: number, digits: number) => Number(x.toPrecision(digits));

/** The JSON of a model, numbers rounded (weights to 4 significant digits, idf to 5): small and diff-stable. */
export function toTopicModelJson(model: TopicModel, about: string): TopicModelJson {
  return {
    format: 1,
    version: model.version,
    about,
    ...(model.heldOut ? { heldOut: model.heldOut } : {}),
    features: {
      bigrams: model.features.bigrams ?? false,
      ...(model.features.maxTermsPerPaper ? { maxTermsPerPaper: model.features.maxTermsPerPaper } : {}),
    },
    vocabulary: toVocabularyJson(model.vocabulary),
    topics: model.topics.map((t) => ({
      slug: t.slug,
      bias: round(t.model.bias, 5),
      threshold: round(t.threshold, 4),
      ids: [...t.model.ids],
      weights: [...t.model.weights].map((w) => round(w, 4)),
    })),
  };
}

export type TopicPrediction = { slug: string; probability: number; terms: string[] };

export type TopicScorer = {
  /** Every topic with its probability and the words that weighed most for it, strongest first. */
  score(paper: { title: string; abstract: string }): TopicPrediction[];
  /** The topics whose probability reaches their threshold, strongest first. */
  classify(paper: { title: string; abstract: string }): TopicPrediction[];
};

/** Expands the model's weights once; scoring a paper is then a few hundred multiplications per topic. */
export function createTopicScorer(model: TopicModel, termsShown = 3): TopicScorer {
  const size = model.vocabulary.terms.length;
  const topics = model.topics.map((t) => ({ ...t, dense: toDenseWeights(t.model, size) }));
  const predict = (paper: { title: string; abstract: string }, onlyAssigned: boolean): TopicPrediction[] => {
    const x = toTfidfVector(
      paperTermCounts(paper, { bigrams: model.features.bigrams }),
      model.vocabulary,
      model.features,
    );
    return topics
      .map((t) => ({ t, probability: sigmoid(margin(t.dense, t.model.bias, x)) }))
      .filter(({ t, probability }) => !onlyAssigned || probability >= t.threshold)
      .sort((a, b) => b.probability - a.probability)
      .map(({ t, probability }) => ({
        slug: t.slug,
        probability,
        terms: topTerms(t.dense, x, model.vocabulary, termsShown).map((w) => w.term),
      }));
  };
  return { score: (paper) => predict(paper, false), classify: (paper) => predict(paper, true) };
}
