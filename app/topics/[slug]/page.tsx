// One topic's papers in trending order, paginated with a cursor link.
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { PaperList } from "@/components/paper/paper-list";
import { toCardData } from "@/components/paper/paper-card";
import { listTrendingPapers } from "@/lib/db/papers";
import { getTopicBySlug } from "@/lib/db/topics";
import { PapersQuerySchema, TopicSlugSchema, toParamRecord } from "@/lib/validation/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopicBySlug((await params).slug);
  return { title: topic?.name ?? "Topic not found" };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const slug = TopicSlugSchema.safeParse((await params).slug);
  const topic = slug.success ? await getTopicBySlug(slug.data) : null;
  if (!topic) notFound();
  const query = PapersQuerySchema.safeParse(toParamRecord(await searchParams));
  const cursor = query.success ? query.data.cursor : undefined;
  const { papers, nextCursor } = await listTrendingPapers({ topic: topic.slug, limit: 30, cursor });
  return (
    <>
      <header className="mb-6">
        <p className="text-sm text-slate-500">
          <Link href="/topics" className="inline-flex min-h-11 min-w-11 items-center hover:underline">Topics</Link> /
        </p>
        <h1 className="text-2xl font-bold tracking-tight">{topic.name}</h1>
        <p className="mt-1 text-sm text-slate-600">{topic.description}</p>
        <p className="mt-1 text-sm text-slate-500">{topic.paperCount} papers</p>
      </header>
      <PaperList label={`Papers in ${topic.name}`} papers={papers.map(toCardData)} />
      <nav aria-label="Pagination" className="mt-6 flex justify-between text-sm">
        {cursor ? <Link href={`/topics/${topic.slug}`} className="inline-flex min-h-11 items-center text-indigo-700 hover:underline">← First page</Link> : <span />}
        {nextCursor && (
          <Link href={`/topics/${topic.slug}?cursor=${nextCursor}`} className="inline-flex min-h-11 items-center text-indigo-700 hover:underline">
            More papers →
          </Link>
        )}
      </nav>
    </>
  );
}
