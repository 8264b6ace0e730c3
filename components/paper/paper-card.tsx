// One paper in a list, dense enough to scan: title, authors, two lines of abstract (the whole abstract
// on click, without JavaScript: <details>), a meta row, topic and link chips, and the reader's controls.
import type { ReactNode } from "react";
import { formatDay } from "@/lib/format";
import { CardLinks } from "./card-links";
import { TopicChips } from "./topic-chips";

export type PaperCardData = {
  id: string;
  slug: string;
  title: ReactNode;
  /** The abstract (or a search snippet): two lines shown, the rest on click. */
  summary: ReactNode;
  digestDate: string;
  topics: { slug: string; name: string }[];
  linkKinds: string[];
  rank?: number;
  /** The first authors, when known; `authorCount` (when larger) adds "et al.". */
  authors?: string[];
  authorCount?: number;
  arxivId?: string | null;
  /** Link URLs for real link chips; without them the card names the kinds of links only. */
  links?: { url: string; kind: string }[];
  /** The meta row: why the paper is here in a few words (e.g. the trending score's summary). */
  meta?: ReactNode;
  /** Extra content at the card's foot (For you's "why" and its Not interested control). */
  footer?: ReactNode;
};

function byline(authors: string[] | undefined, count: number | undefined): string {
  if (!authors || authors.length === 0) return "";
  const shown = authors.slice(0, 3).join(", ");
  return Math.max(count ?? 0, authors.length) > 3 ? `${shown} et al.` : shown;
}

/**
 * `actions` (bookmark, upvote — and any further per-reader control) and `coins` (a COinS title for
 * Zotero) are filled in by PaperList.
 */
export function PaperCard({ paper, actions, coins }: { paper: PaperCardData; actions?: ReactNode; coins?: string }) {
  const authors = byline(paper.authors, paper.authorCount);
  return (
    <article className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
      <h2 className="text-base font-semibold leading-snug">
        {paper.rank !== undefined && <span className="mr-2 text-slate-500">{paper.rank}.</span>}
        {/* A plain link, not next/link: each of those is a client component to hydrate and an
            in-view prefetch, thirty times per page; a click loads the (cached) page in full. */}
        <a href={`/papers/${paper.slug}`} className="py-3 text-slate-900 hover:text-indigo-700 hover:underline sm:py-0">
          {paper.title}
        </a>
      </h2>
      {(authors || paper.digestDate) && (
        <p className="mt-0.5 text-xs text-slate-600">
          {authors}
          {/* Catalogue papers without a date in their source have none to show: no stray separator then. */}
          {authors && paper.digestDate && " · "}
          {paper.digestDate && <time dateTime={paper.digestDate}>{formatDay(paper.digestDate)}</time>}
        </p>
      )}
      <details className="group mt-1 text-sm leading-snug text-slate-700">
        {/* The browser lays out an abstract in full even when two lines show: most of the page's layout
            time. Off-screen it skips that work, reserving the two clamped lines (auto: the real size once known). */}
        <summary className="line-clamp-2 cursor-pointer list-none [contain-intrinsic-height:auto_2lh] [content-visibility:auto] group-open:line-clamp-none hover:text-slate-900 [&::-webkit-details-marker]:hidden">
          {paper.summary}
        </summary>
      </details>
      {paper.meta && (
        <div className="mt-1 flex flex-wrap items-center gap-x-1.5 text-xs text-slate-600">{paper.meta}</div>
      )}
      <div className="mt-1.5 flex flex-wrap items-center gap-1.5">
        <TopicChips topics={paper.topics} compact />
        <CardLinks arxivId={paper.arxivId} links={paper.links} kinds={paper.linkKinds} />
        {actions && <div className="ml-auto">{actions}</div>}
      </div>
      {paper.footer}
      {coins && <span className="Z3988" title={coins} />}
    </article>
  );
}
