// Pure planning of a sync: which days to fetch, which OAI-PMH sets hold which categories, and when a
// source is due again after a success or a failure.
import { addDays, daysBetween } from "@/lib/domain/days";

export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

/** The most days a backfill range covers: a range is a backfill, not a catalogue. */
export const MAX_RANGE_DAYS = 3_660;

/**
 * Hugging Face days to fetch, newest first: every day of the refresh window (today and yesterday
 * included) for their changing counts, then each older day of the backfill window never fetched.
 */
export function planHfDays(options: {
  today: string;
  backfillDays: number;
  refreshDays: number;
  fetched: Set<string>;
}): string[] {
  const { today, backfillDays, refreshDays, fetched } = options;
  const refresh = Math.max(2, refreshDays);
  const days: string[] = [];
  for (let back = 0; back < Math.max(refresh, backfillDays); back++) {
    const day = addDays(today, -back);
    if (back < refresh || !fetched.has(day)) days.push(day);
  }
  return days;
}

/** The window of Hugging Face days a plan looks at (for asking which were fetched). */
export function hfWindow(today: string, backfillDays: number, refreshDays: number): string[] {
  return daysBetween(addDays(today, -(Math.max(backfillDays, refreshDays, 2) - 1)), today, MAX_RANGE_DAYS);
}

// arXiv's OAI-PMH sets: these archives are sets of their own, every other archive sits under physics.
const TOP_LEVEL_SETS = new Set(["cs", "econ", "eess", "math", "q-bio", "q-fin", "stat"]);

/** "cs.CL" → "cs", "stat.ML" → "stat", "hep-th" → "physics:hep-th", "astro-ph.GA" → "physics:astro-ph". */
export function oaiSetOf(category: string): string {
  const archive = category.split(".")[0] ?? category;
  return TOP_LEVEL_SETS.has(archive) ? archive : `physics:${archive}`;
}

export function oaiSetsFor(categories: string[]): string[] {
  return [...new Set(categories.map(oaiSetOf))].sort();
}

/** After a failure: 5 minutes, doubling with each failure in a row, never later than the usual interval. */
export function retryDelayMs(failures: number, everyMs: number): number {
  return Math.min(everyMs, 5 * 60_000 * 2 ** Math.max(0, Math.min(failures - 1, 20)));
}

export function isDue(nextRunAt: Date | null | undefined, now: Date): boolean {
  return !nextRunAt || nextRunAt.getTime() <= now.getTime();
}
