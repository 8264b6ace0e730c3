// A vocabulary and its IDF, fitted by streaming over a collection once, in bounded memory: the term
// ids every stored tf-idf vector refers to.
import { z } from "zod";
import { isCategoryTerm } from "./features";

export type Vocabulary = {
  /** Term of each id; ids are positions, so a vector's term ids index this array. */
  terms: string[];
  /** Inverse document frequency of each id: log((1 + n) / (1 + df)) + 1 (never 0, so no term is erased). */
  idf: Float32Array;
  /** Papers counted. */
  documents: number;
  index: Map<string, number>;
};

export type VocabularyOptions = {
  /** Terms in fewer papers are typos, names and formulas: they generalise to nothing. */
  minDf?: number;
  /** Terms in more than this share of papers ("propose", "show") carry no signal. */
  maxDfShare?: number;
  /** Most frequent terms kept; the rest are dropped (the vocabulary's size, hence model and vector sizes). */
  maxTerms?: number;
};

export type CounterOptions = {
  /** Distinct terms held while counting; past it the rarest are forgotten. Bounds memory, not the collection. */
  maxEntries?: number;
};

export type DocumentFrequencyCounter = {
  /** Counts one paper's distinct terms (the keys of its term counts). */
  add(terms: Iterable<string>): void;
  /** Papers counted so far. */
  readonly documents: number;
  /** The most a kept term's count may fall short of its true document frequency (0 until memory ran out). */
  readonly maxUndercount: number;
  fit(options?: VocabularyOptions): Vocabulary;
};

/**
 * Document frequencies by lossy counting: when `maxEntries` distinct terms are held, the terms seen in
 * the fewest papers are forgotten (those counted once, then twice… until half the room is free). A
 * term forgotten and seen again restarts from 1: its count falls short by at most the highest count
 * ever forgotten (`maxUndercount`), which stays far below a useful `minDf` when room is ample.
 */
export function createDocumentFrequencyCounter(options: CounterOptions = {}): DocumentFrequencyCounter {
  const maxEntries = options.maxEntries ?? 1_000_000;
  const df = new Map<string, number>();
  let documents = 0;
  let floor = 0;
  // Forgets the rarest terms until half the room is free: singletons first, then twice-seen terms…
  const prune = () => {
    for (let threshold = 1; df.size > maxEntries / 2; threshold += 1) {
      for (const [term, count] of df) if (count <= threshold) df.delete(term);
      floor = Math.max(floor, threshold);
    }
  };
  return {
    add(terms) {
      documents += 1;
      for (const term of terms) {
        const seen = df.get(term);
        // A new key is copied: a word matched out of an abstract can be a slice that keeps the whole
        // abstract alive, and over 300k papers those abstracts outweigh the vocabulary itself.
        if (seen === undefined) df.set(Buffer.from(term).toString(), 1);
        else df.set(term, seen + 1);
      }
      if (df.size > maxEntries) prune();
    },
    get documents() {
      return documents;
    },
    get maxUndercount() {
      return floor;
    },
    fit(fitOptions = {}) {
      return fitVocabulary(df, documents, fitOptions);
    },
  };
}

const byCountThenTerm = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * Keeps the words between the document-frequency bounds, most frequent first, and every arXiv
 * category (a category is never noise, however rare or common); ties by term: deterministic.
 */
export function fitVocabulary(
  df: ReadonlyMap<string, number>,
  documents: number,
  options: VocabularyOptions = {},
): Vocabulary {
  const minDf = options.minDf ?? 3;
  const maxDf = Math.max(minDf, Math.floor((options.maxDfShare ?? 0.5) * documents));
  const all = [...df];
  const words = all
    .filter(([term, count]) => !isCategoryTerm(term) && count >= minDf && count <= maxDf)
    .sort(byCountThenTerm);
  const categories = all.filter(([term]) => isCategoryTerm(term)).sort(byCountThenTerm);
  const chosen = [...words.slice(0, options.maxTerms ?? 100_000), ...categories];
  return toVocabulary(
    chosen.map(([term]) => term),
    chosen.map(([, count]) => idfOf(count, documents)),
    documents,
  );
}

export function idfOf(df: number, documents: number): number {
  return Math.log((1 + documents) / (1 + df)) + 1;
}

export function toVocabulary(terms: string[], idf: ArrayLike<number>, documents: number): Vocabulary {
  if (terms.length !== idf.length) throw new Error(`vocabulary: ${terms.length} terms but ${idf.length} idf values`);
  return { terms, idf: Float32Array.from(idf), documents, index: new Map(terms.map((t, i) => [t, i])) };
}

export const VocabularyJsonSchema = z.object({
  documents: z.number().int().positive(),
  terms: z.array(z.string().min(1)),
  idf: z.array(z.number().positive()),
});
export type VocabularyJson = z.infer<typeof VocabularyJsonSchema>;

/** The vocabulary as JSON (idf to 5 significant digits): what a model file or the database keeps. */
export function toVocabularyJson(vocabulary: Vocabulary): VocabularyJson {
  return {
    documents: vocabulary.documents,
    terms: vocabulary.terms,
    idf: [...vocabulary.idf].map((x) => Number(x.toPrecision(5))),
  };
}

/** Validates stored vocabulary JSON (shape, one idf per term, no duplicate term) and rebuilds its index. */
export function parseVocabulary(json: unknown): Vocabulary {
  const data = VocabularyJsonSchema.parse(json);
  const vocabulary = toVocabulary(data.terms, data.idf, data.documents);
  if (vocabulary.index.size !== data.terms.length) throw new Error("vocabulary: a term is listed twice");
  return vocabulary;
}
