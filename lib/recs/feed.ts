// A reader's private For you feed (/feeds/for-you/<token>.<fmt>): this week's recommendations as RSS,
// Atom or JSON Feed. The token is the follow feeds' signed scheme with its own purpose, and revocable.
import "server-only";
import type { Db } from "@/lib/db/client";
import { getForYouFeedVersion } from "@/lib/db/for-you-feed";
import { listFeedPapersByIds } from "@/lib/db/feed-papers";
import { getAppSecret } from "@/lib/app-secret";
import type { FeedDocument } from "@/lib/feeds/build-feed";
import { FEED_FORMATS, type FeedFormat } from "@/lib/feeds/feed-path";
import { followFeedToken, followIdOfToken, verifyFollowToken } from "@/lib/follows/tokens";
import { getAppUrl } from "@/lib/site-url";
import { listForYou } from "./for-you";

const ITEMS = 50;

/** The reader's feed URLs as they stand (revoking the URL bumps the version: lib/db/for-you-feed.ts). */
export async function currentForYouFeedPaths(db: Db, userId: string): Promise<Record<FeedFormat, string>> {
  return forYouFeedPaths(userId, (await getForYouFeedVersion(db, userId)) ?? 1);
}

function forYouFeedPaths(userId: string, version: number): Record<FeedFormat, string> {
  const token = followFeedToken({ id: userId, version }, getAppSecret(), "for-you");
  return {
    rss: `/feeds/for-you/${token}.rss`,
    atom: `/feeds/for-you/${token}.atom`,
    json: `/feeds/for-you/${token}.json`,
  };
}

/** The feed for a `<token>.<fmt>` file name, or null (unknown reader, wrong MAC, bad format: the same answer). */
export async function loadForYouFeed(db: Db, file: string): Promise<{ doc: FeedDocument; format: FeedFormat } | null> {
  const dot = file.lastIndexOf(".");
  const format = file.slice(dot + 1) as FeedFormat;
  if (dot <= 0 || !FEED_FORMATS.includes(format)) return null;
  const token = file.slice(0, dot);
  const userId = followIdOfToken(token);
  const version = userId ? await getForYouFeedVersion(db, userId) : null;
  if (!userId || version === null || !verifyFollowToken(token, { id: userId, version }, getAppSecret(), "for-you"))
    return null;
  const result = await listForYou(db, { userId, scope: { kind: "all" }, period: "week", limit: ITEMS });
  const ids = result.status === "ready" ? result.items.map((i) => i.card.id) : [];
  const papers = await listFeedPapersByIds(db, ids);
  const byId = new Map(papers.map((p) => [p.id, p]));
  const base = getAppUrl();
  const paths = forYouFeedPaths(userId, version);
  const updated = new Date(Math.max(0, ...papers.map((p) => p.updatedAt.getTime())));
  return {
    format,
    doc: {
      title: "Paperboard — For you",
      description:
        result.status === "cold"
          ? "Save or upvote at least 3 papers and this feed fills with recommendations."
          : "This week's papers ranked by what you saved.",
      pageUrl: `${base}/for-you`,
      feedUrls: { rss: `${base}${paths.rss}`, atom: `${base}${paths.atom}`, json: `${base}${paths.json}` },
      updated,
      entries: ids.flatMap((id) => byId.get(id) ?? []),
    },
  };
}
