// Trending: a day (the latest digest by default), a week, a month or all time, scored and explained.
// Per request for signed-in readers and uncached query strings; anonymous visitors are served
// app/cached/trending/[key] by proxy.ts.
import { TrendingPage, trendingMetadata } from "@/components/trending/trending-page";
import { getCurrentUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = trendingMetadata;

export default async function Page({ searchParams }: Props) {
  const [user, query] = await Promise.all([getCurrentUser(), searchParams]);
  return <TrendingPage searchParams={query} signedIn={user !== null} readerId={user?.id} />;
}
