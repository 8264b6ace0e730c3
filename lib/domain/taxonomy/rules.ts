// The topic taxonomy as data: each topic's rules are plain regexes so "why this topic" can be shown verbatim.
import type { Field } from "./categories";
import { DOMAIN_TOPICS } from "./domains";
import { METHOD_TOPICS } from "./methods";

/** A topic given to a paper, with the reason shown beside it ("title matches /…/", "arXiv category cs.CV"). */
export type TopicAssignment = { slug: string; reason: string };

// Patterns are case-insensitive and word-bounded; only acronyms that are also words ("CoT", "RAG", "ViT",
// "Nash") match case-sensitively.
export type TopicRule = {
  slug: string;
  name: string;
  description: string;
  /** One hit in the title, or `minAbstractHits` hits (summed over these and `strong`) in the abstract. */
  patterns: RegExp[];
  /** Terms specific enough that a single mention in the abstract counts (a title hit counts too). */
  strong?: RegExp[];
  /** Too common in abstracts to mean anything there; only a title hit counts. */
  titleOnly?: RegExp[];
  /** A title matching one of these uses `patterns` in another field's sense: they do not count (the others do). */
  notWithTitle?: RegExp[];
  /** Default 2. */
  minAbstractHits?: number;
  /** When a paper's categories are known, text rules add this topic only in these fields. Default computing. */
  fields?: Field[];
};

export const DEFAULT_FIELDS: Field[] = ["computing"];

export const FALLBACK_TOPIC = {
  slug: "general",
  name: "General machine learning",
  description: "Papers no specific rule matched: nothing in the title or abstract named one of the other topics.",
} as const;

// Order is display order and breaks ties between equally strong matches.
export const TOPIC_RULES: TopicRule[] = [...METHOD_TOPICS, ...DOMAIN_TOPICS];
