// Trending: a day (the latest digest by default), a week, a month or all time, scored and explained.
import type { Metadata } from "next";
import { BarChart } from "@/components/charts/bar-chart";
import { FollowLinks } from "@/components/feeds/follow-links";
import Link from "next/link";
import { TrendingView } from "@/components/trending/trending-view";
import { getCurrentUser } from "@/lib/auth/session";
import { listPapersPerDay } from "@/lib/db/activity";
import { feedAlternates } from "@/lib/feeds/alternates";
import { feedPaths } from "@/lib/feeds/feed-path";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export function generateMetadata(): Metadata {
  return { alternates: feedAlternates({ kind: "trending", window: "day" }, "Trending papers") };
}

export default async function TrendingPage({ searchParams }: Props) {
  const [perDay, user] = await Promise.all([listPapersPerDay(60), getCurrentUser()]);
  return (
    <>
      <header className="mb-4">
        <h1 className="text-2xl font-bold tracking-tight">Trending papers</h1>
        <p className="mt-1 text-sm text-slate-600">
          What the community is reading, by day, week or month. Each card says why it is here.
          {user && (
            <>
              {" "}
              <Link href="/following" className="inline-flex min-h-11 items-center text-indigo-700 hover:underline sm:min-h-0">Only topics I follow →</Link>
            </>
          )}
        </p>
        <FollowLinks feeds={feedPaths({ kind: "trending", window: "day" })} />
      </header>
      <TrendingView basePath="/" searchParams={await searchParams} defaultKind="latest-day" />
      {perDay.length > 0 && (
        <div className="mt-8">
          <BarChart title="Papers per digest day" unit="papers" data={perDay.map((d) => ({ label: d.day, value: d.papers }))} />
        </div>
      )}
    </>
  );
}
