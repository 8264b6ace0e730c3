// Turns a private follow feed URL (/feeds/follows/<token>.<fmt>) into the public feed it mirrors.
import "server-only";
import type { Db } from "@/lib/db/client";
import { getFollowById, type FollowRow } from "@/lib/db/follows";
import { getAppSecret } from "@/lib/app-secret";
import { FEED_FORMATS, type FeedFormat, type FeedTarget } from "@/lib/feeds/feed-path";
import { followFeedToken, followIdOfToken, verifyFollowToken } from "./tokens";

export type FollowFeed = { target: FeedTarget; params: URLSearchParams; format: FeedFormat; label: string };

/** What a follow shows: a topic's feed, or a search feed (an author is a search on the author facet). */
export function followFeedSource(follow: Pick<FollowRow, "kind" | "target">): {
  target: FeedTarget;
  params: URLSearchParams;
} {
  if (follow.kind === "topic") return { target: { kind: "topic", slug: follow.target }, params: new URLSearchParams() };
  if (follow.kind === "author")
    return { target: { kind: "search" }, params: new URLSearchParams({ author: follow.target }) };
  return { target: { kind: "search" }, params: new URLSearchParams(follow.target) };
}

/** The site page a follow mirrors (relative): the topic page, or the search. */
export function followPagePath(follow: Pick<FollowRow, "kind" | "target">): string {
  if (follow.kind === "topic") return `/topics/${follow.target}`;
  if (follow.kind === "author") return `/search?${new URLSearchParams({ author: follow.target })}`;
  return `/search?${follow.target}`;
}

export async function resolveFollowFeed(db: Db, file: string): Promise<FollowFeed | null> {
  const dot = file.lastIndexOf(".");
  const format = file.slice(dot + 1) as FeedFormat;
  if (dot <= 0 || !FEED_FORMATS.includes(format)) return null;
  const token = file.slice(0, dot);
  const id = followIdOfToken(token);
  const follow = id ? await getFollowById(db, id) : null;
  // Same answer for an unknown id and a wrong MAC: a token reveals nothing about other follows.
  if (!follow || !verifyFollowToken(token, follow, getAppSecret())) return null;
  return { ...followFeedSource(follow), format, label: follow.label };
}

/** Site-relative private feed paths of a follow, one per format. */
export function followFeedPaths(follow: Pick<FollowRow, "id" | "version">): Record<FeedFormat, string> {
  const token = followFeedToken(follow, getAppSecret());
  return {
    rss: `/feeds/follows/${token}.rss`,
    atom: `/feeds/follows/${token}.atom`,
    json: `/feeds/follows/${token}.json`,
  };
}
