// Trending: the latest digest's papers in digest order.
import type { Metadata } from "next";
import { FollowLinks } from "@/components/feeds/follow-links";
import { PaperList } from "@/components/paper/paper-list";
import { toCardData } from "@/components/paper/paper-card";
import { getLatestDigestDate, listDigestPapers } from "@/lib/db/papers";
import { feedAlternates } from "@/lib/feeds/alternates";
import { feedPaths } from "@/lib/feeds/feed-path";
import { formatDay } from "@/lib/format";

export const dynamic = "force-dynamic";

export function generateMetadata(): Metadata {
  return { alternates: feedAlternates({ kind: "trending", window: "day" }, "Trending papers") };
}

export default async function TrendingPage() {
  const date = await getLatestDigestDate();
  const papers = date ? await listDigestPapers(date) : [];
  return (
    <>
      <header className="mb-6">
        <h1 className="text-2xl font-bold tracking-tight">Trending papers</h1>
        {date ? (
          <p className="mt-1 text-sm text-slate-600">
            Digest of <time dateTime={date}>{formatDay(date)}</time> · {papers.length} papers, in digest order
          </p>
        ) : (
          <p className="mt-1 text-sm text-slate-600">No digest has been ingested yet. Run <code>npm run ingest -- &lt;file&gt;</code>.</p>
        )}
        <FollowLinks feeds={feedPaths({ kind: "trending", window: "day" })} />
      </header>
      <PaperList label="Trending papers" papers={papers.map(toCardData)} />
    </>
  );
}
