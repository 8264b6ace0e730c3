// The trending list for a window (home page and topic pages): navigation, empty days, scored cards.
import { CatchUpBar } from "@/components/for-you/catch-up-bar";
import { PaperList } from "@/components/paper/paper-list";
import { toCardData } from "@/components/paper/card-data";
import { getDb } from "@/lib/db/client";
import { listDigestDays } from "@/lib/db/digest-entries";
import { listTrendingPapers } from "@/lib/trending/list-trending";
import { Pager } from "@/components/layout/pager";
import { defaultWindow, parseTrendingParams, TRENDING_PAGE_SIZE, trendingPagePath } from "@/lib/trending/params";
import { isWeekend } from "@/lib/domain/days";
import { adjacentWindow, anchorDayOf } from "@/lib/trending/windows";
import { ScoreMeta } from "./score-why";
import { listNewPaperIds } from "@/lib/db/seen-papers";
import { catchUpHref } from "@/lib/recs/period";
import { WindowNav } from "./window-nav";

type Props = {
  basePath: string;
  topic?: { slug: string; name: string };
  /** Narrow to these topics (the ones a signed-in reader follows). */
  followed?: string[];
  searchParams: Record<string, string | string[] | undefined>;
  defaultKind: "latest-day" | "all";
  /** The signed-in reader: offers catch-up (`new=1`: only papers new since their last visit, each once). */
  readerId?: string;
};

export async function TrendingView({ basePath, topic, followed, searchParams, defaultKind, readerId }: Props) {
  const db = getDb();
  const topics = topic ? [topic.slug] : followed;
  const request = parseTrendingParams(searchParams);
  const days = await listDigestDays(db, topics);
  const window = request.window ?? defaultWindow(defaultKind, days.at(-1));
  if (!window) {
    return (
      <p className="text-sm text-slate-600">
        No digest has been ingested yet. Run <code>npm run ingest -- &lt;file&gt;</code>.
      </p>
    );
  }
  const listed = await listTrendingPapers(db, window, { topics, sort: request.sort });
  const onlyNew = readerId !== undefined && searchParams.new === "1";
  const fresh = onlyNew
    ? await listNewPaperIds(
        db,
        readerId,
        listed.map((p) => p.id),
      )
    : null;
  const papers = fresh ? listed.filter((p) => fresh.has(p.id)) : listed;
  // A page past the end shows the last one (a list that shrank since the link was made). Catch-up
  // shows every new paper on one page: it shrinks as the reader reads.
  const totalPages = onlyNew ? 1 : Math.max(1, Math.ceil(papers.length / TRENDING_PAGE_SIZE));
  const page = Math.min(request.page, totalPages);
  const first = (page - 1) * TRENDING_PAGE_SIZE;
  const shown = onlyNew ? papers : papers.slice(first, first + TRENDING_PAGE_SIZE);
  const pagePath = trendingPagePath(basePath, { ...request, page });
  const anchorDay = anchorDayOf(window, days);
  const label = topic ? `Trending in ${topic.name}` : followed ? "Trending in topics you follow" : "Trending papers";
  const weekend = window.kind === "day" && isWeekend(window.start);
  return (
    <>
      {request.error && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          That period could not be read ({request.error}); showing {window.label} instead.
        </p>
      )}
      <WindowNav
        basePath={basePath}
        window={window}
        anchorDay={anchorDay}
        sort={request.sort}
        prev={adjacentWindow(window, days, "prev")}
        next={adjacentWindow(window, days, "next")}
      />
      {readerId && (
        <CatchUpBar allHref={catchUpHref(pagePath, false)} newHref={catchUpHref(pagePath, true)} onlyNew={onlyNew} />
      )}
      <h2 className="mb-3 text-sm text-slate-600">
        {window.label} · {papers.length} {papers.length === 1 ? "paper" : "papers"}
        {onlyNew ? " new since your last visit" : ""}
        {request.sort === "newest" ? ", newest first" : ", by trending score"}
        {totalPages > 1 && ` — ${first + 1}–${first + shown.length} shown`}
      </h2>
      {papers.length === 0 && onlyNew ? (
        <p className="rounded-md bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
          You are caught up: nothing new here since your last visit.
        </p>
      ) : papers.length === 0 ? (
        <p className="rounded-md bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
          No digest {window.kind === "day" ? "that day" : "in this period"}
          {weekend ? " — it was a weekend" : ""}
          {topic ? ` with papers in ${topic.name}` : followed ? " with papers in the topics you follow" : ""}. Use the
          links above to move to a period with papers.
        </p>
      ) : (
        <>
          <PaperList
            label={label}
            returnTo={onlyNew ? catchUpHref(pagePath, true) : pagePath}
            stableOrder
            papers={shown.map((p, i) => ({
              ...toCardData(p),
              meta: <ScoreMeta score={p.score} position={first + i + 1} kind={window.kind} />,
            }))}
          />
          <Pager
            page={page}
            totalPages={totalPages}
            href={(p) => trendingPagePath(basePath, { window: request.window, sort: request.sort, page: p })}
          />
        </>
      )}
    </>
  );
}
