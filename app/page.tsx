// Trending: a day (the latest digest by default), a week, a month or all time, scored and explained.
import { TrendingView } from "@/components/trending/trending-view";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TrendingPage({ searchParams }: Props) {
  return (
    <>
      <header className="mb-4">
        <h1 className="text-2xl font-bold tracking-tight">Trending papers</h1>
        <p className="mt-1 text-sm text-slate-600">What the community is reading, by day, week or month. Each card says why it is here.</p>
      </header>
      <TrendingView basePath="/" searchParams={await searchParams} defaultKind="latest-day" />
    </>
  );
}
