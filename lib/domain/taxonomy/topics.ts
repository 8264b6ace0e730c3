// The list of topics every layer names (pages, feeds, search facets, URL checks), each with its rules in words.
import { CATEGORY_RULES } from "./categories";
import { DEFAULT_FIELDS, FALLBACK_TOPIC, TOPIC_RULES, type TopicRule } from "./rules";
import modelFile from "./topic-model.json";

export type Topic = { slug: string; name: string; description: string; rulesText: string[] };

/**
 * The topics the trained classifiers decide for papers without categories: those whose threshold reached
 * the target precision (read from the model file without validating it; lib/ingest/topic-classifier
 * validates it on first use). The other category-named topics keep their keyword rules there.
 */
export const CLASSIFIED_TOPICS: ReadonlySet<string> = new Set(modelFile.topics.map((t) => t.slug));

/** Every topic, the fallback last, with its rules spelled out for a "how topics are assigned" page. */
export const TOPICS: Topic[] = [
  ...TOPIC_RULES.map((rule) => ({
    slug: rule.slug,
    name: rule.name,
    description: rule.description,
    rulesText: rulesText(rule),
  })),
  { ...FALLBACK_TOPIC, rulesText: ["assigned when no other topic matches"] },
];

function rulesText(rule: TopicRule): string[] {
  const list = (res: RegExp[]) => res.map(String).join(", ");
  const lines: string[] = [];
  const min = rule.minAbstractHits ?? 2;
  if (rule.patterns.length > 0) lines.push(`title, or ${min}+ mentions in the abstract: ${list(rule.patterns)}`);
  if (rule.strong?.length) lines.push(`title, or 1 mention in the abstract: ${list(rule.strong)}`);
  if (rule.titleOnly?.length) lines.push(`title only: ${list(rule.titleOnly)}`);
  if (rule.notWithTitle?.length)
    lines.push(`the first line's terms do not count when the title matches: ${list(rule.notWithTitle)}`);
  const categoryRules = CATEGORY_RULES.filter((r) => r.topic === rule.slug).map((r) => String(r.match));
  if (categoryRules.length > 0) {
    lines.push(`arXiv category: ${categoryRules.join(", ")}; a paper in other categories needs a title match`);
  }
  if (CLASSIFIED_TOPICS.has(rule.slug)) {
    lines.push(
      "without arXiv categories: a classifier trained on papers with them decides, instead of the text rules above",
    );
  }
  lines.push(`with arXiv categories, text rules apply only in ${(rule.fields ?? DEFAULT_FIELDS).join(" or ")}`);
  return lines;
}
