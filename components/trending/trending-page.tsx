// The trending page's content, shared by `/` (per request) and its cached anonymous variant
// (app/cached/trending/[key]): one component, two routes, never a copy.
import type { Metadata } from "next";
import Link from "next/link";
import { ChartBesideHeader } from "@/components/charts/beside-header";
import { PapersPerDayChart } from "@/components/charts/papers-per-day-chart";
import { ReaderOnly } from "@/components/bookmarks/reader-only";
import { FollowLinks } from "@/components/feeds/follow-links";
import { TrendingView } from "@/components/trending/trending-view";
import { listPapersPerDay } from "@/lib/db/activity";
import { getDb } from "@/lib/db/client";
import { feedAlternates } from "@/lib/feeds/alternates";
import { feedPaths } from "@/lib/feeds/feed-path";

type Props = { searchParams: Record<string, string | string[] | undefined>; signedIn: boolean; readerId?: string };

export function trendingMetadata(): Metadata {
  return { alternates: feedAlternates({ kind: "trending", window: "day" }, "Trending papers") };
}

const followingLink = (
  <>
    {" "}
    <Link href="/following" className="inline-flex min-h-11 items-center text-indigo-700 hover:underline sm:min-h-0">
      Only topics I follow →
    </Link>
  </>
);

export async function TrendingPage({ searchParams, signedIn, readerId }: Props) {
  const perDay = await listPapersPerDay(getDb(), 60);
  return (
    <ChartBesideHeader
      header={
        <header>
          <h1 className="text-2xl font-bold tracking-tight">Trending papers</h1>
          <p className="mt-1 text-sm text-slate-600">
            What the community is reading, by day, week or month. Each card says why it is here.
            {/* The cached copy renders no reader: there the browser adds the link for a signed-in one. */}
            {signedIn ? followingLink : <ReaderOnly signedIn={followingLink} />}
          </p>
          <FollowLinks feeds={feedPaths({ kind: "trending", window: "day" })} />
        </header>
      }
      chart={perDay.length > 0 && <PapersPerDayChart perDay={perDay} />}
    >
      <TrendingView basePath="/" searchParams={searchParams} defaultKind="latest-day" readerId={readerId} />
    </ChartBesideHeader>
  );
}
