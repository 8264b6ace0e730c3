// Pure geometry for small server-rendered bar charts (no chart library needed for bars and labels).
import { isWeekend, parseDay, DAY_MS } from "@/lib/domain/days";

export type Datum = { label: string; value: number };
export type Bar = Datum & { x: number; y: number; width: number; height: number };

/** Nice upper bound for an axis: 1, 2 or 5 × 10^k at or above max. */
export function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((m) => m * magnitude).find((m) => m >= max) ?? 10 * magnitude;
}

export function layoutBars(data: Datum[], width: number, height: number, gap = 2): { bars: Bar[]; max: number } {
  const max = niceMax(Math.max(0, ...data.map((d) => d.value)));
  const slot = data.length > 0 ? width / data.length : width;
  const barWidth = Math.max(1, slot - gap);
  const bars = data.map((d, i) => {
    const h = (d.value / max) * height;
    return { ...d, x: i * slot + gap / 2, y: height - h, width: barWidth, height: h };
  });
  return { bars, max };
}

export type DayRange = { start: string; end: string; days: number; weekend: boolean };

/**
 * Sorted days (YYYY-MM-DD) grouped into runs of consecutive days, each flagged when it holds only
 * Saturdays and Sundays — /status lists gaps as "Mar 14 – Jun 11 (90 days)", not 90 dates.
 */
export function toDayRanges(days: readonly string[]): DayRange[] {
  const ranges: DayRange[] = [];
  for (const day of days) {
    const t = parseDay(day).getTime();
    const weekend = isWeekend(day);
    const last = ranges.at(-1);
    if (last && parseDay(last.end).getTime() + DAY_MS === t) {
      last.end = day;
      last.days++;
      last.weekend &&= weekend;
    } else {
      ranges.push({ start: day, end: day, days: 1, weekend });
    }
  }
  return ranges;
}
