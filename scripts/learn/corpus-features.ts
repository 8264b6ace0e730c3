// The corpus as the learning core sees it: per paper its id, categories, date and tf-idf vector,
// packed in a few typed arrays (300k papers ≈ 300 MB), built in two streamed passes.
import { isCategoryTerm, paperTermCounts, type TermOptions } from "@/lib/learn/features";
import { toTfidfVector, type SparseVector, type VectorOptions } from "@/lib/learn/sparse";
import { createDocumentFrequencyCounter, type Vocabulary, type VocabularyOptions } from "@/lib/learn/vocabulary";
import { readCorpusRecords } from "./corpus";

export type FeatureOptions = TermOptions & VectorOptions & VocabularyOptions & { limit?: number };

export type CorpusFeatures = {
  vocabulary: Vocabulary;
  ids: string[];
  titles: string[];
  categories: string[][];
  /** YYYY-MM-DD, or null when the corpus gives no date. */
  published: (string | null)[];
  offsets: Uint32Array;
  termIds: Uint32Array;
  weights: Float32Array;
};

/** Paper i's vector, as views into the packed arrays (no copy). */
export function vectorAt(features: CorpusFeatures, i: number): SparseVector {
  const start = features.offsets[i]!;
  const end = features.offsets[i + 1]!;
  return { ids: features.termIds.subarray(start, end), weights: features.weights.subarray(start, end) };
}

export async function buildCorpusFeatures(
  file: string,
  options: FeatureOptions = {},
  log: (line: string) => void = () => {},
): Promise<CorpusFeatures> {
  const counter = createDocumentFrequencyCounter();
  for await (const r of readCorpusRecords(file, options.limit)) counter.add(paperTermCounts(r, options).keys());
  const vocabulary = counter.fit(options);
  log(
    `vocabulary: ${vocabulary.terms.length} terms from ${vocabulary.documents} papers (undercount ≤ ${counter.maxUndercount})`,
  );
  const out = {
    ids: [] as string[],
    titles: [] as string[],
    categories: [] as string[][],
    published: [] as (string | null)[],
  };
  const offsets: number[] = [0];
  let termIds = new Uint32Array(1 << 20);
  let weights = new Float32Array(1 << 20);
  let used = 0;
  for await (const r of readCorpusRecords(file, options.limit)) {
    const v = toTfidfVector(paperTermCounts(r, options), vocabulary, options);
    while (used + v.ids.length > termIds.length) {
      const grownIds = new Uint32Array(termIds.length * 2);
      grownIds.set(termIds);
      termIds = grownIds;
      const grownWeights = new Float32Array(weights.length * 2);
      grownWeights.set(weights);
      weights = grownWeights;
    }
    termIds.set(v.ids, used);
    weights.set(v.weights, used);
    used += v.ids.length;
    offsets.push(used);
    out.ids.push(r.id);
    out.titles.push(r.title.replace(/\s+/g, " ").trim());
    out.categories.push(r.categories);
    out.published.push(r.published);
  }
  return {
    vocabulary,
    ...out,
    offsets: Uint32Array.from(offsets),
    termIds: termIds.slice(0, used),
    weights: weights.slice(0, used),
  };
}

/**
 * Paper i's vector with its arXiv categories given `share` of the length instead of the stored share
 * (0: text only). The vocabulary lists categories after every word, so they are the vector's tail.
 */
export function reweightedVectorAt(features: CorpusFeatures, share: number): (i: number) => SparseVector {
  const firstCategory = features.vocabulary.terms.findIndex(isCategoryTerm);
  const boundary = firstCategory === -1 ? Infinity : firstCategory;
  return (i) => {
    const v = vectorAt(features, i);
    let n = 0;
    while (n < v.ids.length && v.ids[n]! < boundary) n += 1;
    if (n === v.ids.length || n === 0) return v;
    const weights = v.weights.slice();
    const text = Math.hypot(...weights.subarray(0, n));
    const categories = Math.hypot(...weights.subarray(n));
    for (let k = 0; k < weights.length; k += 1)
      weights[k] = k < n ? (weights[k]! / text) * Math.sqrt(1 - share * share) : (weights[k]! / categories) * share;
    return share === 0 ? { ids: v.ids.subarray(0, n), weights: weights.subarray(0, n) } : { ids: v.ids, weights };
  };
}
