// Window tabs (day/week/month/all time), previous/next with digests, and the sort toggle — plain links.
import Link from "next/link";
import type { TrendingSort } from "@/lib/trending/list-trending";
import { trendingHref } from "@/lib/trending/params";
import { windowOfKind, type TrendingWindow, type WindowKind } from "@/lib/trending/windows";

const KINDS: { kind: WindowKind; label: string }[] = [
  { kind: "day", label: "Day" },
  { kind: "week", label: "Week" },
  { kind: "month", label: "Month" },
  { kind: "all", label: "All time" },
];

const pill = "inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium";

type Props = {
  basePath: string;
  window: TrendingWindow;
  anchorDay: string;
  sort: TrendingSort;
  prev: TrendingWindow | null;
  next: TrendingWindow | null;
};

export function WindowNav({ basePath, window, anchorDay, sort, prev, next }: Props) {
  return (
    <nav aria-label="Trending period" className="mb-6 space-y-3">
      <ul className="flex flex-wrap gap-1">
        {KINDS.map(({ kind, label }) => (
          <li key={kind}>
            <Link
              href={trendingHref(basePath, windowOfKind(kind, anchorDay), sort)}
              aria-current={window.kind === kind ? "page" : undefined}
              className={`${pill} ${window.kind === kind ? "bg-indigo-600 text-white" : "bg-white text-slate-700 ring-1 ring-slate-200 hover:bg-indigo-50"}`}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        {prev ? (
          <Link
            href={trendingHref(basePath, prev, sort)}
            className={`${pill} text-indigo-700 hover:underline`}
            rel="prev"
          >
            ← {prev.label}
          </Link>
        ) : (
          <span />
        )}
        <span className="flex items-center gap-1 text-slate-600">
          Sort:
          <Link
            href={trendingHref(basePath, window, "trending")}
            aria-current={sort === "trending" ? "true" : undefined}
            className={`${pill} ${sort === "trending" ? "font-semibold text-slate-900" : "text-indigo-700 hover:underline"}`}
          >
            Trending
          </Link>
          <Link
            href={trendingHref(basePath, window, "newest")}
            aria-current={sort === "newest" ? "true" : undefined}
            className={`${pill} ${sort === "newest" ? "font-semibold text-slate-900" : "text-indigo-700 hover:underline"}`}
          >
            Newest
          </Link>
        </span>
        {next ? (
          <Link
            href={trendingHref(basePath, next, sort)}
            className={`${pill} text-indigo-700 hover:underline`}
            rel="next"
          >
            {next.label} →
          </Link>
        ) : (
          <span />
        )}
      </div>
    </nav>
  );
}
