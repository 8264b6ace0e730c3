// Parses a trending page's query string (window + sort) and builds its links — pure.
import { z } from "zod";
import { describeIssues, toParamRecord } from "@/lib/validation/params";
import { ALL_TIME, dayWindow, parseWindow, WindowParamsSchema, type TrendingWindow, type WindowKind } from "./windows";
import type { TrendingSort } from "./list-trending";

const TrendingParamsSchema = WindowParamsSchema.extend({
  sort: z.enum(["trending", "newest"]).optional(),
  page: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, "must be a page number")
    .transform(Number)
    .optional(),
});

/** Cards per page: a day's digest (~100 papers) in pages light enough for a phone. */
export const TRENDING_PAGE_SIZE = 30;

export type TrendingRequest = { window: TrendingWindow | null; sort: TrendingSort; page: number; error: string | null };

/**
 * The requested window (null = the default, decided by the page), the sort, and a message when
 * the query string could not be read (the page then shows its default and says so).
 */
export function parseTrendingParams(raw: Record<string, string | string[] | undefined>): TrendingRequest {
  const parsed = TrendingParamsSchema.safeParse(toParamRecord(raw));
  if (!parsed.success) return { window: null, sort: "trending", page: 1, error: describeIssues(parsed.error) };
  const window = parseWindow(parsed.data);
  const asked = parsed.data.date ?? parsed.data.week ?? parsed.data.month;
  return {
    window,
    sort: parsed.data.sort ?? "trending",
    page: parsed.data.page ?? 1,
    error: asked && !window ? `no such period: ${asked}` : null,
  };
}

export function defaultWindow(kind: WindowKind | "latest-day", latestDay: string | undefined): TrendingWindow | null {
  if (kind === "all") return ALL_TIME;
  return latestDay ? dayWindow(latestDay) : null;
}

export function trendingHref(basePath: string, window: TrendingWindow, sort: TrendingSort, page = 1): string {
  const params = new URLSearchParams(window.param);
  if (sort !== "trending") params.set("sort", sort);
  if (page > 1) params.set("page", String(page));
  return `${basePath}?${params.toString()}`;
}

/** The public URL of the page a request asked for (the default window stays implicit). */
export function trendingPagePath(basePath: string, request: Pick<TrendingRequest, "window" | "sort" | "page">): string {
  if (request.window) return trendingHref(basePath, request.window, request.sort, request.page);
  const params = new URLSearchParams();
  if (request.sort === "newest") params.set("sort", "newest");
  if (request.page > 1) params.set("page", String(request.page));
  return params.size > 0 ? `${basePath}?${params.toString()}` : basePath;
}
