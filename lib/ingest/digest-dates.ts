// Recognises a digest's date line ("Mar 13", "March 13, 2026") and resolves it to a YYYY-MM-DD day.
import { dayFromParts, isCalendarDate, utcDay } from "@/lib/domain/days";

// A Map, not an object: a title line "constructor 13" must not find Object.prototype's.
const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    jan: 1,
    january: 1,
    feb: 2,
    february: 2,
    mar: 3,
    march: 3,
    apr: 4,
    april: 4,
    may: 5,
    jun: 6,
    june: 6,
    jul: 7,
    july: 7,
    aug: 8,
    august: 8,
    sep: 9,
    sept: 9,
    september: 9,
    oct: 10,
    october: 10,
    nov: 11,
    november: 11,
    dec: 12,
    december: 12,
  }),
);

// Only real month names and abbreviations, so a title such as "Marvel 2" is never a date line.
const DATE_LINE = /^([a-z]+)\.? (\d{1,2})(?:,? (\d{4}))?$/i;

export type DateLabel = { month: number; day: number; year: number | null };

/** The month/day(/year) a line names, or null when the line is not a date line. */
export function parseDateLine(line: string): DateLabel | null {
  const match = DATE_LINE.exec(line.replace(/\s+/g, " ").trim());
  if (!match) return null;
  const month = MONTHS.get((match[1] ?? "").toLowerCase());
  if (month === undefined) return null;
  return { month, day: Number(match[2]), year: match[3] === undefined ? null : Number(match[3]) };
}

/**
 * The YYYY-MM-DD day a label names, or null when no such day exists (e.g. "Feb 30").
 * Without a year the page means the most recent such day, so we take the latest one not after `today`.
 */
export function resolveDateLabel(label: DateLabel, today: Date): string | null {
  if (label.year !== null) {
    const day = dayFromParts(label.year, label.month, label.day);
    return isCalendarDate(day) ? day : null;
  }
  const todayDay = utcDay(today);
  // Eight years back always reaches a leap year, so "Feb 29" resolves too.
  for (let year = today.getUTCFullYear(); year >= today.getUTCFullYear() - 8; year--) {
    const day = dayFromParts(year, label.month, label.day);
    if (isCalendarDate(day) && day <= todayDay) return day;
  }
  return null;
}
