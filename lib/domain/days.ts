// Calendar days (YYYY-MM-DD, UTC) and ISO weeks: the one place day arithmetic is written.
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DAY_MS = 86_400_000;

/** "Mar 13, 2026": a day as readers see it (text that is not a day is shown as given). */
export function formatDay(day: string): string {
  const date = parseDay(day);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" }).format(
    date,
  );
}

/** The UTC calendar day of an instant. */
export function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Midnight UTC of a day. */
export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function addDays(day: string, n: number): string {
  return toDay(new Date(parseDay(day).getTime() + n * DAY_MS));
}

/**
 * Every calendar day from start to end inclusive, oldest first, at most `max` of them (for charts and
 * lists that must show empty days, a period's days, a sync's backfill range).
 */
export function daysBetween(start: string, end: string, max = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  const last = parseDay(end).getTime();
  for (let t = parseDay(start).getTime(); t <= last && out.length < max; t += DAY_MS) out.push(toDay(new Date(t)));
  return out;
}

/** YYYY-MM-DD from numeric parts, zero-padded (the year to four digits). */
export function dayFromParts(year: number, month: number, day: number): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Today's calendar day in UTC, so a run gives the same answer on every machine. */
export function utcDay(today: Date): string {
  return dayFromParts(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
}

/** True when `s` (YYYY-MM-DD) names a day that exists, e.g. not 2026-02-30. */
export function isCalendarDate(s: string): boolean {
  const match = DAY.exec(s);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Turns "2015-12-26T21:19:45Z" / "2015-12-26" into "2015-12-26"; anything else into null. */
export function dayOfTimestamp(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value.trim());
  return match?.[1] ?? null;
}

/** Saturday or Sunday: arXiv and Hugging Face publish no digest then. */
export function isWeekend(day: string): boolean {
  return [0, 6].includes(parseDay(day).getUTCDay());
}

/** The Monday of the ISO week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = (parseDay(day).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday);
}

/** Monday of ISO week `w` of ISO year `y` (the week holding Jan 4th is week 1). */
export function isoWeekStart(y: number, w: number): string {
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS);
  return toDay(new Date(monday.getTime() + (w - 1) * 7 * DAY_MS));
}

/** "2026-W11": the ISO week (and ISO year) holding `day`. */
export function isoWeekOf(day: string): string {
  const d = parseDay(day);
  const thursday = new Date(d.getTime() + (3 - ((d.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, "0")}`;
}
