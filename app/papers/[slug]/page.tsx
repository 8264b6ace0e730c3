// One paper: authors, arXiv / PDF / DOI, full abstract, named links, topics with why in words, a citation,
// related papers. Also served from the page cache (app/cached/papers/[slug] re-exports this page), so it
// reads no reader but through getViewerState, which sees none there.
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { Suspense } from "react";
import { PaperActions } from "@/components/bookmarks/paper-actions";
import { CiteBox } from "@/components/paper/cite-box";
import { PaperAuthors, PaperButtons } from "@/components/paper/paper-header-links";
import { PaperLinks } from "@/components/paper/paper-links";
import { RelatedPapers } from "@/components/paper/related-papers";
import { RichText } from "@/components/text/rich-text";
import { toHighwireMeta } from "@/lib/citation/page-metadata";
import { getCitationPaperBySlug } from "@/lib/db/citations";
import { getDb } from "@/lib/db/client";
import { getPaperBySlug } from "@/lib/db/papers";
import { describeTopicReason } from "@/lib/domain/topic-reason";
import { formatDay } from "@/lib/format";
import { getViewerState } from "@/lib/library/viewer-state";
import { recordPaperOpened } from "@/lib/library/seen";
import { toPaperMetadata } from "@/lib/seo/paper-metadata";
import { getAppUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const db = getDb();
  const [paper, citation] = await Promise.all([
    getPaperBySlug(db, (await params).slug),
    getCitationPaperBySlug(db, (await params).slug),
  ]);
  if (!paper || !citation) return { title: "Paper not found" };
  // Open Graph / Twitter for sharing, plus Highwire citation_* tags, what Zotero's Connector reads.
  const meta = toPaperMetadata(paper);
  return { ...meta, other: toHighwireMeta({ ...citation, title: String(meta.title) }, getAppUrl()) };
}

export default async function PaperPage({ params }: Props) {
  const db = getDb();
  const { slug } = await params;
  const [paper, citation] = await Promise.all([getPaperBySlug(db, slug), getCitationPaperBySlug(db, slug)]);
  if (!paper || !citation) notFound();
  const [viewer] = await Promise.all([getViewerState(db, [paper.id]), recordPaperOpened(db, paper.slug)]);
  return (
    <article className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold leading-tight tracking-tight sm:text-3xl">
          <RichText text={paper.title} />
        </h1>
        <PaperAuthors authors={paper.authors} />
        <p className="mt-1 text-sm text-slate-600">
          {paper.rank > 0 ? (
            <>
              In the digest of <time dateTime={paper.digestDate}>{formatDay(paper.digestDate)}</time> at #{paper.rank}
            </>
          ) : (
            paper.digestDate && <time dateTime={paper.digestDate}>{formatDay(paper.digestDate)}</time>
          )}
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <PaperButtons arxivId={paper.arxivId} doi={paper.doi} />
          {/* The public URL: served from the cache, the router's own path is the internal one. */}
          <PaperActions paperId={paper.id} viewer={viewer} returnTo={`/papers/${paper.slug}`} />
        </div>
        <div className="mt-2">
          <CiteBox paper={citation} appUrl={getAppUrl()} />
        </div>
      </header>
      <section aria-labelledby="abstract-heading">
        <h2 id="abstract-heading" className="mb-2 text-lg font-semibold">
          Abstract
        </h2>
        {/* A long URL in an abstract wraps instead of widening the page on a phone. */}
        <p className="leading-relaxed break-words text-slate-800 [overflow-wrap:anywhere]">
          <RichText text={paper.abstract} />
        </p>
      </section>
      <PaperLinks links={paper.links} />
      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="mb-2 text-lg font-semibold">
          Topics
        </h2>
        <ul className="space-y-1 text-sm">
          {paper.topics.map((t) => (
            <li key={t.slug}>
              <Link href={`/topics/${t.slug}`} className="font-medium text-indigo-700 hover:underline">
                {t.name}
              </Link>
              {paper.topicReasons[t.slug] && (
                <span className="text-slate-500"> — {describeTopicReason(paper.topicReasons[t.slug]!)}</span>
              )}
            </li>
          ))}
        </ul>
      </section>
      <Suspense fallback={<p className="text-sm text-slate-500">Finding related papers…</p>}>
        <RelatedPapers paper={{ id: paper.id }} />
      </Suspense>
    </article>
  );
}
