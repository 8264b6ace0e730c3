// Parses a trending page's query string (window + sort) and builds its links — pure.
import { z } from "zod";
import { describeIssues, toParamRecord } from "@/lib/validation/params";
import { ALL_TIME, dayWindow, parseWindow, WindowParamsSchema, type TrendingWindow, type WindowKind } from "./windows";
import type { TrendingSort } from "./list-trending";

const TrendingParamsSchema = WindowParamsSchema.extend({ sort: z.enum(["trending", "newest"]).optional() });

export type TrendingRequest = { window: TrendingWindow | null; sort: TrendingSort; error: string | null };

/**
 * The requested window (null = the default, decided by the page), the sort, and a message when
 * the query string could not be read (the page then shows its default and says so).
 */
export function parseTrendingParams(raw: Record<string, string | string[] | undefined>): TrendingRequest {
  const parsed = TrendingParamsSchema.safeParse(toParamRecord(raw));
  if (!parsed.success) return { window: null, sort: "trending", error: describeIssues(parsed.error) };
  const window = parseWindow(parsed.data);
  const asked = parsed.data.date ?? parsed.data.week ?? parsed.data.month;
  return { window, sort: parsed.data.sort ?? "trending", error: asked && !window ? `no such period: ${asked}` : null };
}

export function defaultWindow(kind: WindowKind | "latest-day", latestDay: string | undefined): TrendingWindow | null {
  if (kind === "all") return ALL_TIME;
  return latestDay ? dayWindow(latestDay) : null;
}

export function trendingHref(basePath: string, window: TrendingWindow, sort: TrendingSort): string {
  const params = new URLSearchParams(window.param);
  if (sort !== "trending") params.set("sort", sort);
  return `${basePath}?${params.toString()}`;
}

/** The public URL of the page a request asked for (the default window stays implicit). */
export function trendingPagePath(basePath: string, request: TrendingRequest): string {
  if (request.window) return trendingHref(basePath, request.window, request.sort);
  return request.sort === "newest" ? `${basePath}?sort=newest` : basePath;
}
