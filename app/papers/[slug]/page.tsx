// One paper: full abstract, links grouped by kind, topics with why, and related papers.
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { Suspense } from "react";
import { PaperLinks } from "@/components/paper/paper-links";
import { RelatedPapers } from "@/components/paper/related-papers";
import { getPaperBySlug } from "@/lib/db/papers";
import { formatDay } from "@/lib/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const paper = await getPaperBySlug((await params).slug);
  return paper ? { title: paper.title, description: paper.abstract.slice(0, 200) } : { title: "Paper not found" };
}

export default async function PaperPage({ params }: Props) {
  const paper = await getPaperBySlug((await params).slug);
  if (!paper) notFound();
  return (
    <article className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold leading-tight tracking-tight sm:text-3xl">{paper.title}</h1>
        <p className="mt-2 text-sm text-slate-600">
          In the digest of <time dateTime={paper.digestDate}>{formatDay(paper.digestDate)}</time> at #{paper.rank}
        </p>
      </header>
      <section aria-labelledby="abstract-heading">
        <h2 id="abstract-heading" className="mb-2 text-lg font-semibold">Abstract</h2>
        <p className="leading-relaxed text-slate-800">{paper.abstract}</p>
      </section>
      <PaperLinks links={paper.links} />
      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="mb-2 text-lg font-semibold">Topics</h2>
        <ul className="space-y-1 text-sm">
          {paper.topics.map((t) => (
            <li key={t.slug}>
              <Link href={`/topics/${t.slug}`} className="font-medium text-indigo-700 hover:underline">{t.name}</Link>
              <span className="text-slate-500"> — {paper.topicReasons[t.slug]}</span>
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
