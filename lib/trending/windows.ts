// Trending windows (a day, an ISO week, a month, all time) parsed from and written to URLs — pure.
import { z } from "zod";
import { addDays, isoWeekOf, isoWeekStart, isCalendarDate, parseDay, toDay } from "@/lib/domain/days";

export type WindowKind = "day" | "week" | "month" | "all";
/** Inclusive range of calendar days (YYYY-MM-DD); `param` is what goes back into the URL. */
export type TrendingWindow = {
  kind: WindowKind;
  start: string;
  end: string;
  label: string;
  param: Record<string, string>;
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const WindowParamsSchema = z.object({
  date: z.string().regex(DAY, "must be YYYY-MM-DD").optional(),
  week: z
    .string()
    .regex(/^\d{4}-W\d{2}$/, "must be YYYY-Www, e.g. 2026-W11")
    .optional(),
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/, "must be YYYY-MM")
    .optional(),
  window: z.enum(["all"]).optional(),
});
export type WindowParams = z.infer<typeof WindowParamsSchema>;

const fmt = (day: string, opts: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("en-US", { ...opts, timeZone: "UTC" }).format(parseDay(day));

export function dayWindow(day: string): TrendingWindow {
  return {
    kind: "day",
    start: day,
    end: day,
    label: fmt(day, { month: "short", day: "numeric", year: "numeric" }),
    param: { date: day },
  };
}

export function weekWindow(week: string): TrendingWindow | null {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  const w = Number(m?.[2]);
  if (!m || w < 1 || w > 53) return null;
  const start = isoWeekStart(Number(m[1]), w);
  if (isoWeekOf(start) !== week) return null; // e.g. W53 of a 52-week year
  return {
    kind: "week",
    start,
    end: addDays(start, 6),
    label: `Week ${w} of ${m[1]} (${fmt(start, { month: "short", day: "numeric" })} – ${fmt(addDays(start, 6), { month: "short", day: "numeric" })})`,
    param: { week },
  };
}

export function monthWindow(month: string): TrendingWindow | null {
  const [y, mo] = month.split("-").map(Number) as [number, number];
  if (mo < 1 || mo > 12) return null;
  const start = `${month}-01`;
  const end = toDay(new Date(Date.UTC(y, mo, 0)));
  return { kind: "month", start, end, label: fmt(start, { month: "long", year: "numeric" }), param: { month } };
}

export const ALL_TIME: TrendingWindow = {
  kind: "all",
  start: "0000-01-01",
  end: "9999-12-31",
  label: "All time",
  param: { window: "all" },
};

/** The window a URL asks for, or null when it names none (callers default to the latest day). */
export function parseWindow(params: WindowParams): TrendingWindow | null {
  if (params.date) return isCalendarDate(params.date) ? dayWindow(params.date) : null;
  if (params.week) return weekWindow(params.week);
  if (params.month) return monthWindow(params.month);
  if (params.window === "all") return ALL_TIME;
  return null;
}

/** The same kind of window holding `day`. */
export function windowOfKind(kind: WindowKind, day: string): TrendingWindow {
  if (kind === "week") return weekWindow(isoWeekOf(day))!;
  if (kind === "month") return monthWindow(day.slice(0, 7))!;
  if (kind === "all") return ALL_TIME;
  return dayWindow(day);
}

/**
 * The previous/next window of the same kind that holds at least one digest day, skipping empty
 * days, weeks and months; null at either end. `digestDays` need not be sorted.
 */
export function adjacentWindow(
  current: TrendingWindow,
  digestDays: string[],
  direction: "prev" | "next",
): TrendingWindow | null {
  if (current.kind === "all") return null;
  const candidates = digestDays.filter((d) => (direction === "prev" ? d < current.start : d > current.end)).sort();
  const day = direction === "prev" ? candidates.at(-1) : candidates[0];
  return day ? windowOfKind(current.kind, day) : null;
}

/**
 * The day the Day/Week/Month tabs open from: the latest digest day inside the window, so switching from
 * a week to Day lands on that week's last day with papers rather than on its (maybe empty) Monday.
 * A window without digests anchors at its start; all time at the latest digest.
 */
export function anchorDayOf(window: TrendingWindow, digestDays: string[]): string {
  let latest: string | undefined;
  for (const d of digestDays)
    if (d >= window.start && d <= window.end && (latest === undefined || d > latest)) latest = d;
  return latest ?? (window.kind === "all" ? window.end : window.start);
}
