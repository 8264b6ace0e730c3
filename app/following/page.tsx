// Trending, narrowed to the topics the signed-in reader follows: the same windows, score and explanations.
import Link from "next/link";
import type { Metadata } from "next";
import { TrendingView } from "@/components/trending/trending-view";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listFollowedTopicSlugs } from "@/lib/db/follows";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Trending in topics you follow", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FollowingPage({ searchParams }: Props) {
  const user = await requireUser({ returnTo: "/following" });
  const topics = await listFollowedTopicSlugs(getDb(), user.id);
  return (
    <>
      <header className="mb-4">
        <h1 className="text-2xl font-bold tracking-tight">Trending in topics you follow</h1>
        <p className="mt-1 text-sm text-slate-600">
          <Link href="/" className="inline-flex min-h-11 items-center text-indigo-700 hover:underline sm:min-h-0">
            All topics
          </Link>
          {" · "}
          <Link
            href="/follows"
            className="inline-flex min-h-11 items-center text-indigo-700 hover:underline sm:min-h-0"
          >
            Manage follows
          </Link>
        </p>
      </header>
      {topics.length === 0 ? (
        <p className="rounded-md bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
          You follow no topic yet: use “Follow this topic” on a{" "}
          <Link href="/topics" className="text-indigo-700 underline">
            topic page
          </Link>
          .
        </p>
      ) : (
        <TrendingView
          basePath="/following"
          followed={topics}
          searchParams={await searchParams}
          defaultKind="latest-day"
        />
      )}
    </>
  );
}
