// Simulated readers on a time split of the corpus: what they saved before day T, and the week after T
// their recommendations are drawn from (a recommendation is relevant when it shares a category with them).
import { type Random } from "@/lib/domain/seeded-random";
import type { CorpusFeatures } from "./corpus-features";

export type Split = { date: string; end: string; train: number[]; window: number[] };

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Papers with categories published before `date` (train), and those of the `days` days from it (window). */
export function timeSplit(features: CorpusFeatures, date: string, days = 7): Split {
  const end = addDays(date, days);
  const train: number[] = [];
  const window: number[] = [];
  features.published.forEach((day, i) => {
    if (day === null || features.categories[i]!.length === 0) return;
    if (day < date) train.push(i);
    else if (day < end) window.push(i);
  });
  return { date, end, train, window };
}

/** Train papers by their primary (first) category: what a reader of that category saves. */
export function byPrimaryCategory(features: CorpusFeatures, split: Split): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const i of split.train) {
    const primary = features.categories[i]![0]!;
    const list = groups.get(primary) ?? [];
    list.push(i);
    groups.set(primary, list);
  }
  return groups;
}

/**
 * Categories a reader can be simulated for: enough papers to save before T, and at least `minWindow`
 * papers in the week (so a perfect list of 20 exists). Sorted: the draw depends only on the seed.
 */
export function eligibleCategories(
  features: CorpusFeatures,
  split: Split,
  primary: Map<string, number[]>,
  minWindow = 20,
  minTrain = 30,
): string[] {
  const inWindow = new Map<string, number>();
  for (const i of split.window) for (const c of features.categories[i]!) inWindow.set(c, (inWindow.get(c) ?? 0) + 1);
  return [...primary]
    .filter(([c, papers]) => papers.length >= minTrain && (inWindow.get(c) ?? 0) >= minWindow)
    .map(([c]) => c)
    .sort();
}

/** `n` distinct items drawn uniformly (partial Fisher–Yates over a copy). */
export function sample<T>(items: readonly T[], n: number, random: Random): T[] {
  const copy = [...items];
  const k = Math.min(n, copy.length);
  for (let i = 0; i < k; i += 1) {
    const j = i + Math.floor(random() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, k);
}

export type SimulatedReader = { categories: string[]; saves: number[] };

/** A reader of `interests` distinct categories (drawn uniformly among the eligible), `perInterest` saves in each. */
export function simulateReader(
  eligible: string[],
  primary: Map<string, number[]>,
  interests: number,
  perInterest: number,
  random: Random,
): SimulatedReader {
  const categories = sample(eligible, interests, random);
  const saves = categories.flatMap((c) => sample(primary.get(c)!, perInterest, random));
  return { categories, saves };
}

/** Share of a list whose papers are in any of `categories` (cross-lists included). */
export function shareIn(features: CorpusFeatures, list: readonly number[], categories: readonly string[]): number {
  if (list.length === 0) return 0;
  const wanted = new Set(categories);
  return list.filter((i) => features.categories[i]!.some((c) => wanted.has(c))).length / list.length;
}
