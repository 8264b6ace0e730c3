// For you's periods (the latest day, its week, its month) and the page's query string, parsed with zod.
import { z } from "zod";
import { addDays } from "@/lib/domain/days";

export const PERIODS = ["day", "week", "month"] as const;
export type Period = (typeof PERIODS)[number];

const LENGTH: Record<Period, number> = { day: 1, week: 7, month: 30 };
export const PERIOD_LABEL: Record<Period, string> = { day: "Today", week: "This week", month: "This month" };

/** The inclusive days of a period ending on `latest` (the newest paper's day: "today" of the collection). */
export function periodRange(period: Period, latest: string): { from: string; to: string } {
  return { from: addDays(latest, 1 - LENGTH[period]), to: latest };
}

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const ForYouParamsSchema = z.object({
  period: z.preprocess(one, z.enum(PERIODS).catch("week")).default("week"),
  collection: z.preprocess(one, z.coerce.number().int().positive().optional().catch(undefined)),
  tag: z.preprocess(one, z.string().trim().min(1).max(100).optional().catch(undefined)),
  /** Catch-up: only papers new since the reader's last visit. */
  new: z.preprocess(one, z.literal("1").optional().catch(undefined)),
});
export type ForYouParams = z.infer<typeof ForYouParamsSchema>;

/** `path` with the catch-up switch (`new=1`) on or off: the same list, all papers or only new ones. */
export function catchUpHref(path: string, on: boolean): string {
  const url = new URL(path, "http://same.invalid");
  url.searchParams.delete("page");
  if (on) url.searchParams.set("new", "1");
  else url.searchParams.delete("new");
  return `${url.pathname}${url.search}`;
}

/** The page's URL for these parameters (defaults left out). */
export function forYouPath(params: Partial<ForYouParams>): string {
  const query = new URLSearchParams();
  if (params.period && params.period !== "week") query.set("period", params.period);
  if (params.collection !== undefined) query.set("collection", String(params.collection));
  if (params.tag) query.set("tag", params.tag);
  if (params.new) query.set("new", "1");
  const qs = query.toString();
  return qs ? `/for-you?${qs}` : "/for-you";
}
