// One topic's content — description, rules, feeds, papers ranked within the topic by window — shared
// by `/topics/<slug>` (per request) and its cached anonymous variant (app/cached/topics/[slug]/[key]).
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { cache } from "react";
import { BarChart } from "@/components/charts/bar-chart";
import { ChartBesideHeader } from "@/components/charts/beside-header";
import { FollowLinks } from "@/components/feeds/follow-links";
import { FollowButton } from "@/components/follows/follow-button";
import { TrendingView } from "@/components/trending/trending-view";
import { listTopicActivity } from "@/lib/db/activity";
import { getDb } from "@/lib/db/client";
import { getTopicBySlug } from "@/lib/db/topics";
import { feedAlternates } from "@/lib/feeds/alternates";
import { feedPaths } from "@/lib/feeds/feed-path";
import { TOPICS } from "@/lib/domain/taxonomy/topics";
import { TopicSlugSchema } from "@/lib/validation/params";
import { EMPTY_SEARCH, searchHref } from "@/lib/validation/search-query";

type Props = { slug: string; searchParams: Record<string, string | string[] | undefined>; readerId?: string };

/** Once per request: the metadata and the page both ask. */
const findTopic = cache(async (raw: string) => {
  const slug = TopicSlugSchema.safeParse(raw);
  return slug.success ? getTopicBySlug(getDb(), slug.data) : null;
});

export async function topicMetadata(slug: string): Promise<Metadata> {
  const topic = await findTopic(slug);
  if (!topic) return { title: "Topic not found" };
  return { title: topic.name, alternates: feedAlternates({ kind: "topic", slug: topic.slug }, topic.name) };
}

export async function TopicPage({ slug, searchParams, readerId }: Props) {
  const topic = await findTopic(slug);
  if (!topic) notFound();
  const rules = TOPICS.find((t) => t.slug === topic.slug)?.rulesText ?? [];
  const activity = await listTopicActivity(getDb(), topic.slug);
  return (
    <ChartBesideHeader
      header={
        <header>
          <p className="text-sm text-slate-500">
            <Link href="/topics" className="inline-flex min-h-11 min-w-11 items-center hover:underline">
              Topics
            </Link>{" "}
            /
          </p>
          <h1 className="text-2xl font-bold tracking-tight">{topic.name}</h1>
          <p className="mt-1 text-sm text-slate-600">{topic.description}</p>
          <p className="mt-1 text-sm text-slate-500">
            {/* Trending ranks digest appearances; papers from arXiv listings alone are found by search. */}
            <Link
              href={searchHref(EMPTY_SEARCH, { topic: [topic.slug], sort: "newest" })}
              className="inline-flex min-h-11 items-center hover:underline sm:min-h-0"
            >
              {topic.paperCount} {topic.paperCount === 1 ? "paper" : "papers"} in all, newest first →
            </Link>
          </p>
          {rules.length > 0 && (
            <details className="mt-2 text-xs text-slate-600">
              <summary className="inline-flex min-h-11 cursor-pointer items-center">How papers get this topic</summary>
              <ul className="list-disc pl-5 font-mono">
                {rules.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </details>
          )}
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <FollowButton kind="topic" target={topic.slug} label={topic.name} returnTo={`/topics/${topic.slug}`} />
            <FollowLinks feeds={feedPaths({ kind: "topic", slug: topic.slug })} email={false} />
          </div>
        </header>
      }
      chart={
        activity.length > 0 && (
          <BarChart
            title={`${topic.name} per week`}
            period="Week"
            note="Upvotes: what the week's digests showed for these papers, plus upvotes from readers here."
            labels={activity.map((w) => w.week)}
            series={[
              { name: "papers", values: activity.map((w) => w.papers) },
              { name: "upvotes", values: activity.map((w) => w.upvotes) },
            ]}
          />
        )
      }
    >
      <TrendingView
        basePath={`/topics/${topic.slug}`}
        topic={topic}
        searchParams={searchParams}
        defaultKind="all"
        readerId={readerId}
      />
    </ChartBesideHeader>
  );
}
