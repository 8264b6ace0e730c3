// Assigns topics to a paper with transparent rules, each assignment carrying the rule that fired.
import { CATEGORY_RULES, fieldsOf, topicsFromCategories } from "@/lib/domain/taxonomy/categories";
import {
  DEFAULT_FIELDS,
  FALLBACK_TOPIC,
  TOPIC_RULES,
  type TopicAssignment,
  type TopicRule,
} from "@/lib/domain/taxonomy/rules";
import { CLASSIFIED_TOPICS } from "@/lib/domain/taxonomy/topics";
import { classifyTopics } from "./topic-classifier";

const CATEGORY_TOPICS = new Set(CATEGORY_RULES.map((r) => r.topic));

// A paper is about a few things; past this the weakest matches are noise.
export const MAX_TOPICS = 4;
// Any title match outranks any amount of abstract mentions.
const TITLE_SCORE = 1000;

type Scored = TopicAssignment & { score: number };

/**
 * How much of a title and an abstract the rules read: a few times the longest ingest accepts (500 and
 * 20,000 characters), so stored papers are read whole while a crafted megabyte costs no more than this.
 */
export const MAX_RULE_TITLE_CHARS = 2_000;
export const MAX_RULE_ABSTRACT_CHARS = 50_000;

/**
 * Topics for a paper, strongest first; never empty (falls back to "general"). Topics named by its
 * arXiv categories come first, then text rules fill the remaining places. A paper without categories
 * gets first the topics the classifiers trained on categorised papers give (text rules reached 61%
 * precision there), and text rules add only topics no classifier decides.
 */
export function assignTopics(
  fullTitle: string,
  fullAbstract: string,
  categories: readonly string[] = [],
): TopicAssignment[] {
  const title = fullTitle.slice(0, MAX_RULE_TITLE_CHARS);
  const abstract = fullAbstract.slice(0, MAX_RULE_ABSTRACT_CHARS);
  const learned = categories.length === 0;
  const fromCategories = learned ? classifyTopics(title, abstract) : topicsFromCategories(categories);
  const fields = fieldsOf(categories);
  const matches = TOPIC_RULES.flatMap((rule) => {
    if (fromCategories.some((t) => t.slug === rule.slug)) return [];
    if (learned && CLASSIFIED_TOPICS.has(rule.slug)) return [];
    // Words mean different things across fields ("3D", "diffusion", "agents"): text rules stay in the paper's.
    if (fields && !(rule.fields ?? DEFAULT_FIELDS).some((f) => fields.has(f))) return [];
    // When the paper has categories, a topic that categories could have named needs a title match:
    // abstract mentions ("3D", "speech") are weaker evidence than the authors' own choice of field.
    const m = matchRule(rule, title, abstract, categories.length > 0 && CATEGORY_TOPICS.has(rule.slug));
    return m ? [m] : [];
  });
  // Array.prototype.sort is stable, so equal scores keep taxonomy order.
  matches.sort((a, b) => b.score - a.score);
  const all = [...fromCategories, ...matches.map(({ slug, reason }) => ({ slug, reason }))];
  if (all.length === 0) return [{ slug: FALLBACK_TOPIC.slug, reason: "no topic rule matched" }];
  return all.slice(0, MAX_TOPICS);
}

/** With `titleRequired`, no title match means no match — and the abstract is not even scanned (speed). */
function matchRule(rule: TopicRule, title: string, abstract: string, titleRequired = false): Scored | null {
  const strong = rule.strong ?? [];
  // A title using the generic words in another field's sense ("3D" MRI volumes) leaves the specific terms.
  const patterns = rule.notWithTitle?.some((re) => re.test(title)) ? [] : rule.patterns;
  const titleHit = [...strong, ...patterns, ...(rule.titleOnly ?? [])].find((re) => re.test(title));
  if (!titleHit && titleRequired) return null;
  const hits = countMentions([...strong, ...patterns], abstract);
  const total = hits.reduce((sum, h) => sum + h.count, 0);
  if (titleHit) return { slug: rule.slug, reason: `title matches ${String(titleHit)}`, score: TITLE_SCORE + total };
  const strongHit = hits.some((h) => strong.includes(h.re));
  if (!strongHit && total < (rule.minAbstractHits ?? 2)) return null;
  const mentions = hits.map((h) => `"${h.text}" ×${h.count}`).join(", ");
  return { slug: rule.slug, reason: `abstract mentions ${mentions}`, score: total };
}

type Mention = { re: RegExp; text: string; count: number };

/**
 * Mentions per pattern, each span of text counted once: "diffusion models" is one mention even though
 * both /diffusion/ and /diffusion models?/ match it. Earlier patterns claim a span first.
 */
function countMentions(patterns: RegExp[], text: string): Mention[] {
  // One flag per character, set where a counted mention lies. Checking a span costs its length, and one
  // pattern's matches never overlap, so each pattern costs a pass over the text — not a pass over every
  // earlier mention, which made 100,000 mentions ten billion comparisons.
  let claimed: Uint8Array | null = null;
  const mentions: Mention[] = [];
  for (const re of patterns) {
    let mention: Mention | null = null;
    // exec on a cached global regex: matchAll would clone (recompile) it on every call.
    const global = globalOf(re);
    global.lastIndex = 0;
    for (let m = global.exec(text); m !== null; m = global.exec(text)) {
      if (m[0] === "") global.lastIndex++;
      const start = m.index;
      const end = m.index + m[0].length;
      claimed ??= new Uint8Array(text.length);
      if (claimed.subarray(start, end).includes(1)) continue;
      claimed.fill(1, start, end);
      if (mention) mention.count++;
      else mention = { re, text: m[0], count: 1 };
    }
    if (mention) mentions.push(mention);
  }
  return mentions;
}

// Compiling a regex per pattern per paper dominated a 300k-paper ingest: compile once.
const globalCache = new WeakMap<RegExp, RegExp>();

function globalOf(re: RegExp): RegExp {
  let global = globalCache.get(re);
  if (!global) {
    global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    globalCache.set(re, global);
  }
  return global;
}
