// Digest periods: which days one daily or weekly mail covers, and the key that makes it sent once (pure).
import { addDays, daysBetween, formatDay, mondayOf, toDay } from "./days";

export type DigestKind = "daily" | "weekly";
export type Period = { kind: DigestKind; key: string; from: string; to: string; label: string };

export function dailyPeriod(day: string): Period {
  return { kind: "daily", key: `daily:${day}`, from: day, to: day, label: `daily digest — ${formatDay(day)}` };
}

export function weeklyPeriod(dayInWeek: string): Period {
  const from = mondayOf(dayInWeek);
  const to = addDays(from, 6);
  return {
    kind: "weekly",
    key: `weekly:${from}`,
    from,
    to,
    label: `weekly digest — ${formatDay(from)} to ${formatDay(to)}`,
  };
}

/**
 * The default weekly period is the last complete week before `today`: a run on any day of a week
 * sends the previous week, so a mid-week run can never mark a half week as sent.
 */
export function lastCompleteWeek(today: Date): Period {
  return weeklyPeriod(addDays(mondayOf(toDay(today)), -7));
}

/** Every day of a period, oldest first (for filters that take a list of days). */
export function periodDays(period: Pick<Period, "from" | "to">): string[] {
  return daysBetween(period.from, period.to, 31);
}
