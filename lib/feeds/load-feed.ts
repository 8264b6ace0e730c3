// Loads the papers and titles of one feed target from SQLite (trending, topics) or Meilisearch (search).
import "server-only";
import type { Db } from "@/lib/db/client";
import {
  getDataChangedAt,
  listFeedPapersBetween,
  listFeedPapersByIds,
  listFeedPapersForTopic,
  listRecentDigestDays,
  type FeedPaper,
} from "@/lib/db/feed-papers";
import { getTopicBySlug } from "@/lib/db/topics";
import { AppError } from "@/lib/errors";
import { searchPapers } from "@/lib/search/search-papers";
import { describeIssues, toParamLists } from "@/lib/validation/params";
import { SearchQuerySchema } from "@/lib/validation/search-query";
import type { FeedDocument } from "./build-feed";
import { feedPaths, searchFeedQuery, type FeedTarget } from "./feed-path";
import { searchFeedTitle } from "./feed-title";
import { getAppUrl } from "@/lib/site-url";

const TOPIC_LIMIT = 50;
const WEEK_LIMIT = 200;

type Loaded = { title: string; description: string; pagePath: string; query?: string; papers: FeedPaper[] };

async function load(db: Db, target: FeedTarget, params: URLSearchParams): Promise<Loaded> {
  if (target.kind === "trending") {
    const days = await listRecentDigestDays(db, target.window === "week" ? 7 : 1);
    const [to, from] = [days[0], days.at(-1)];
    const papers = to && from ? await listFeedPapersBetween(db, { from, to, limit: WEEK_LIMIT }) : [];
    const week = target.window === "week";
    return {
      title: week ? "Paperboard — trending this week" : "Paperboard — trending papers",
      description: week
        ? "Papers of the last 7 digest days, newest first."
        : "The latest digest's papers, in digest order.",
      pagePath: "/",
      papers,
    };
  }
  if (target.kind === "topic") {
    const topic = await getTopicBySlug(db, target.slug);
    if (!topic) throw new AppError("NOT_FOUND", `No topic "${target.slug}".`);
    return {
      title: `Paperboard — ${topic.name}`,
      description: topic.description,
      pagePath: `/topics/${topic.slug}`,
      papers: await listFeedPapersForTopic(db, topic.slug, TOPIC_LIMIT),
    };
  }
  const parsed = SearchQuerySchema.safeParse({ ...toParamLists(params), page: undefined });
  if (!parsed.success) throw new AppError("BAD_REQUEST", `Invalid query: ${describeIssues(parsed.error)}`);
  const result = await searchPapers(parsed.data);
  const query = searchFeedQuery(params);
  return {
    title: searchFeedTitle(parsed.data),
    description: "The first page of results for this search.",
    pagePath: `/search${query ? `?${query}` : ""}`,
    query,
    papers: await listFeedPapersByIds(
      db,
      result.hits.map((h) => h.id),
    ),
  };
}

export async function loadFeed(
  db: Db,
  target: FeedTarget,
  params: URLSearchParams,
): Promise<{ doc: FeedDocument; lastModified: Date }> {
  const baseUrl = getAppUrl();
  const loaded = await load(db, target, params);
  const paths = feedPaths(target, loaded.query);
  const newestItem = Math.max(0, ...loaded.papers.map((p) => p.updatedAt.getTime()));
  const lastModified = (await getDataChangedAt(db)) ?? new Date(newestItem);
  const doc: FeedDocument = {
    title: loaded.title,
    description: loaded.description,
    pageUrl: `${baseUrl}${loaded.pagePath}`,
    feedUrls: { rss: `${baseUrl}${paths.rss}`, atom: `${baseUrl}${paths.atom}`, json: `${baseUrl}${paths.json}` },
    updated: lastModified,
    entries: loaded.papers,
  };
  return { doc, lastModified };
}
