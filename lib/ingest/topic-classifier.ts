// Topics for papers without arXiv categories, from classifiers trained on papers with them
// (scripts/train-topics.ts wrote topic-model.json): the text decides the topics a category could name.
import { createTopicScorer, parseTopicModel, type TopicScorer } from "@/lib/learn/topic-model";
import type { TopicAssignment } from "@/lib/domain/taxonomy/rules";
import modelFile from "@/lib/domain/taxonomy/topic-model.json";

export type TopicModelInfo = {
  /** Changes whenever the model file does: stored topics are reassigned then. */
  version: string;
  /** Papers dated in [from, until) were not used to train or tune it: measure on them. */
  heldOut: { from: string; until: string } | null;
  /** The topics it gives: those an arXiv category names. */
  topics: string[];
};

let loaded: { scorer: TopicScorer; info: TopicModelInfo } | null = null;

/** Parsed and validated on first use, not at import: pages that only list topics never pay for it. */
function load() {
  if (!loaded) {
    const model = parseTopicModel(modelFile);
    loaded = {
      scorer: createTopicScorer(model),
      info: { version: model.version, heldOut: model.heldOut ?? null, topics: model.topics.map((t) => t.slug) },
    };
  }
  return loaded;
}

export function topicModelInfo(): TopicModelInfo {
  return load().info;
}

/** The classifiers' topics for a text, most probable first, each with the words that weighed most. */
export function classifyTopics(title: string, abstract: string): TopicAssignment[] {
  return load()
    .scorer.classify({ title, abstract })
    .map((p) => ({
      slug: p.slug,
      reason: `words that weighed most: ${p.terms.map((t) => `"${t}"`).join(", ")}`,
    }));
}
