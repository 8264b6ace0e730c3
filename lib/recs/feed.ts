// A reader's private For you feed (/feeds/for-you/<token>.<fmt>): this week's recommendations as RSS,
// Atom or JSON Feed. The token is the follow feeds' signed scheme with its own purpose.
import "server-only";
import type { Db } from "@/lib/db/client";
import { userExists } from "@/lib/db/reader-signals";
import { listFeedPapersByIds } from "@/lib/db/feed-papers";
import { getAppSecret } from "@/lib/app-secret";
import type { FeedDocument } from "@/lib/feeds/build-feed";
import { FEED_FORMATS, type FeedFormat } from "@/lib/feeds/feed-path";
import { followFeedToken, followIdOfToken, verifyFollowToken } from "@/lib/follows/tokens";
import { getAppUrl } from "@/lib/site-url";
import { listForYou } from "./for-you";

/** One feed URL per reader; a later version (revocation) would bump this. */
const VERSION = 1;
const ITEMS = 50;

export function forYouFeedPaths(userId: string): Record<FeedFormat, string> {
  const token = followFeedToken({ id: userId, version: VERSION }, getAppSecret(), "for-you");
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
  if (!userId || !verifyFollowToken(token, { id: userId, version: VERSION }, getAppSecret(), "for-you")) return null;
  if (!(await userExists(db, userId))) return null;
  const result = await listForYou(db, { userId, scope: { kind: "all" }, period: "week", limit: ITEMS });
  const ids = result.status === "ready" ? result.items.map((i) => i.card.id) : [];
  const papers = await listFeedPapersByIds(db, ids);
  const byId = new Map(papers.map((p) => [p.id, p]));
  const base = getAppUrl();
  const paths = forYouFeedPaths(userId);
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
