// One paper in a list: title, date, abstract excerpt, topics and link badges.
import Link from "next/link";
import type { ReactNode } from "react";
import { formatDay } from "@/lib/format";
import { LinkBadges } from "./link-badges";
import { TopicChips } from "./topic-chips";

export type PaperCardData = {
  id: string;
  slug: string;
  title: ReactNode;
  summary: ReactNode;
  digestDate: string;
  topics: { slug: string; name: string }[];
  linkKinds: string[];
  rank?: number;
  /** Extra content under the card's badges (e.g. the trending score's explanation). */
  footer?: ReactNode;
  /** First authors, when known (corpus papers). */
  authors?: string[];
};

/** `actions` (bookmark, upvote) and `coins` (a COinS title for Zotero) are filled in by PaperList. */
export function PaperCard({ paper, actions, coins }: { paper: PaperCardData; actions?: ReactNode; coins?: string }) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-base font-semibold leading-snug sm:text-lg">
        {paper.rank !== undefined && <span className="mr-2 text-slate-500">{paper.rank}.</span>}
        <Link href={`/papers/${paper.slug}`} className="py-3 text-slate-900 hover:text-indigo-700 hover:underline sm:py-0">
          {paper.title}
        </Link>
      </h2>
      <p className="mt-1 text-xs text-slate-500">
        {/* Catalogue papers without a date in their source have none to show: no stray separator then. */}
        {paper.digestDate && <time dateTime={paper.digestDate}>{formatDay(paper.digestDate)}</time>}
        {paper.digestDate && paper.authors && paper.authors.length > 0 && " · "}
        {paper.authors && paper.authors.length > 0 && <>{paper.authors.slice(0, 3).join(", ")}{paper.authors.length > 3 ? " et al." : ""}</>}
      </p>
      <p className="mt-2 text-sm leading-relaxed text-slate-700">{paper.summary}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <TopicChips topics={paper.topics} />
        <LinkBadges kinds={paper.linkKinds} />
      </div>
      {paper.footer}
      {actions && <div className="mt-3">{actions}</div>}
      {coins && <span className="Z3988" title={coins} />}
    </article>
  );
}
