// One topic's content — description, rules, feeds, papers ranked within the topic by window — shared
// by `/topics/<slug>` (per request) and its cached anonymous variant (app/cached/topics/[slug]/[key]).
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { cache } from "react";
import { BarChart } from "@/components/charts/bar-chart";
import { FollowLinks } from "@/components/feeds/follow-links";
import { FollowButton } from "@/components/follows/follow-button";
import { TrendingView } from "@/components/trending/trending-view";
import { listTopicActivity } from "@/lib/db/activity";
import { getTopicBySlug } from "@/lib/db/topics";
import { feedAlternates } from "@/lib/feeds/alternates";
import { feedPaths } from "@/lib/feeds/feed-path";
import { TOPICS } from "@/lib/ingest/taxonomy";
import { TopicSlugSchema } from "@/lib/validation/params";

type Props = { slug: string; searchParams: Record<string, string | string[] | undefined> };

/** Once per request: the metadata and the page both ask. */
const findTopic = cache(async (raw: string) => {
  const slug = TopicSlugSchema.safeParse(raw);
  return slug.success ? getTopicBySlug(slug.data) : null;
});

export async function topicMetadata(slug: string): Promise<Metadata> {
  const topic = await findTopic(slug);
  if (!topic) return { title: "Topic not found" };
  return { title: topic.name, alternates: feedAlternates({ kind: "topic", slug: topic.slug }, topic.name) };
}

export async function TopicPage({ slug, searchParams }: Props) {
  const topic = await findTopic(slug);
  if (!topic) notFound();
  const rules = TOPICS.find((t) => t.slug === topic.slug)?.rulesText ?? [];
  const activity = await listTopicActivity(topic.slug);
  return (
    <>
      <header className="mb-4">
        <p className="text-sm text-slate-500">
          <Link href="/topics" className="inline-flex min-h-11 min-w-11 items-center hover:underline">Topics</Link> /
        </p>
        <h1 className="text-2xl font-bold tracking-tight">{topic.name}</h1>
        <p className="mt-1 text-sm text-slate-600">{topic.description}</p>
        <p className="mt-1 text-sm text-slate-500">{topic.paperCount} papers in all</p>
        {rules.length > 0 && (
          <details className="mt-2 text-xs text-slate-600">
            <summary className="inline-flex min-h-11 cursor-pointer items-center">How papers get this topic</summary>
            <ul className="list-disc pl-5 font-mono">
              {rules.map((r) => <li key={r}>{r}</li>)}
            </ul>
          </details>
        )}
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <FollowButton kind="topic" target={topic.slug} label={topic.name} returnTo={`/topics/${topic.slug}`} />
          <FollowLinks feeds={feedPaths({ kind: "topic", slug: topic.slug })} email={false} />
        </div>
      </header>
      <TrendingView basePath={`/topics/${topic.slug}`} topic={topic} searchParams={searchParams} defaultKind="all" />
      {activity.length > 0 && (
        <div className="mt-8">
          <BarChart title={`${topic.name}: papers per week`} unit="papers" data={activity.map((w) => ({ label: w.week, value: w.papers }))} />
        </div>
      )}
    </>
  );
}
