// The corpus as labelled data for the topic classifiers: each categorised paper's text vector, its true
// topics (those its arXiv categories map to) and its side of a time split (train | validation | test).
import { topicsFromCategories } from "@/lib/domain/taxonomy/categories";
import { paperTermCounts, type TermOptions } from "@/lib/learn/features";
import type { LabelledVector } from "@/lib/learn/one-vs-rest";
import { toTfidfVector, type VectorOptions } from "@/lib/learn/sparse";
import { createDocumentFrequencyCounter, type Vocabulary, type VocabularyOptions } from "@/lib/learn/vocabulary";
import { dateFromArxivId } from "@/scripts/shared/corpus-record";
import type { CorpusRecord } from "@/scripts/shared/corpus-record";
import { readCorpusRecords } from "./corpus";
import { cachedBuild } from "./feature-cache";

export type Side = "train" | "validation" | "test" | "later";
export type TopicPaper = LabelledVector & {
  id: string;
  title: string;
  abstract: string;
  categories: string[];
  side: Side;
};
/** Train before `validationFrom`, choose thresholds up to `testFrom`, measure up to `testUntil`; later papers are left out. */
export type SplitDates = { validationFrom: string; testFrom: string; testUntil: string };

/** The day a paper appeared: its date, or the month its arXiv id names (undated papers are mostly old). */
export function dayOf(record: CorpusRecord): string {
  return record.published ?? dateFromArxivId(record.id);
}

export function sideOf(day: string, dates: SplitDates): Side {
  return day < dates.validationFrom
    ? "train"
    : day < dates.testFrom
      ? "validation"
      : day < dates.testUntil
        ? "test"
        : "later";
}

export type TopicDataOptions = TermOptions &
  VectorOptions &
  VocabularyOptions &
  SplitDates & {
    limit?: number;
    /** Keep the texts of test papers (the measurement classifies them again through assignTopics). */
    keepTestText?: boolean;
  };

/**
 * Two streamed passes: the vocabulary from the training papers only (nothing of the later papers
 * leaks into the features), then every categorised paper's vector. Papers without categories have no
 * truth to learn or measure from and are skipped.
 */
export async function readTopicData(
  file: string,
  options: TopicDataOptions,
  log: (line: string) => void,
): Promise<{ vocabulary: Vocabulary; papers: TopicPaper[] }> {
  const terms = { bigrams: options.bigrams };
  const counter = createDocumentFrequencyCounter();
  for await (const r of readCorpusRecords(file, options.limit)) {
    if (r.categories.length > 0 && sideOf(dayOf(r), options) === "train") counter.add(paperTermCounts(r, terms).keys());
  }
  const vocabulary = counter.fit(options);
  log(
    `vocabulary: ${vocabulary.terms.length} terms from ${vocabulary.documents} training papers (undercount ≤ ${counter.maxUndercount})`,
  );
  const papers: TopicPaper[] = [];
  for await (const r of readCorpusRecords(file, options.limit)) {
    if (r.categories.length === 0) continue;
    const side = sideOf(dayOf(r), options);
    if (side === "later") continue;
    const keepText = side === "test" && options.keepTestText;
    papers.push({
      id: r.id,
      side,
      categories: r.categories,
      title: keepText ? r.title : "",
      abstract: keepText ? r.abstract : "",
      labels: topicsFromCategories(r.categories).map((t) => t.slug),
      x: toTfidfVector(paperTermCounts(r, terms), vocabulary, options),
    });
  }
  return { vocabulary, papers };
}

/** readTopicData, kept in `cache` (when given) for the next run with the same options. */
export function loadTopicData(
  file: string,
  options: TopicDataOptions,
  cache: string | undefined,
  log: (line: string) => void,
) {
  return cachedBuild(cache, JSON.stringify({ topics: file, ...options }), () => readTopicData(file, options, log), log);
}
