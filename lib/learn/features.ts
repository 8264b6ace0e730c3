// The terms of a paper, counted: the one feature extractor behind related papers, recommendations and
// topic classifiers (they differ only in what they do with the counts).
import { tokenize } from "./tokenize";

/** Text past these lengths is cut before tokenizing: an abstract runs to ~2,000 characters, so nothing real is lost. */
export const MAX_TITLE_CHARS = 1_000;
export const MAX_ABSTRACT_CHARS = 20_000;
const MAX_CATEGORIES = 20;

/** Categories become terms with this prefix; a word never contains ":", so they cannot collide. */
export const CATEGORY_PREFIX = "arxiv:";

export type PaperFields = { title: string; abstract: string; categories?: readonly string[] };

export type TermOptions = {
  /** Also count adjacent word pairs ("language model", "point cloud"): phrases say more than their words. */
  bigrams?: boolean;
  /** Also count the paper's arXiv categories (as `arxiv:cs.CL`): the field its authors chose. */
  categories?: boolean;
};

function addTokens(counts: Map<string, number>, tokens: string[], weight: number, bigrams: boolean): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i]!;
    counts.set(word, (counts.get(word) ?? 0) + weight);
    if (bigrams && i > 0) {
      const pair = `${tokens[i - 1]!} ${word}`;
      counts.set(pair, (counts.get(pair) ?? 0) + weight);
    }
  }
}

/** Term → count over a paper's title and abstract; title terms count double (a title is the authors' own summary). */
export function paperTermCounts(paper: PaperFields, options: TermOptions = {}): Map<string, number> {
  const counts = new Map<string, number>();
  const bigrams = options.bigrams ?? false;
  addTokens(counts, tokenize(paper.title.slice(0, MAX_TITLE_CHARS)), 2, bigrams);
  addTokens(counts, tokenize(paper.abstract.slice(0, MAX_ABSTRACT_CHARS)), 1, bigrams);
  if (options.categories)
    for (const c of (paper.categories ?? []).slice(0, MAX_CATEGORIES)) counts.set(`${CATEGORY_PREFIX}${c}`, 1);
  return counts;
}

export function isCategoryTerm(term: string): boolean {
  return term.startsWith(CATEGORY_PREFIX);
}
