// The server side of the public API's reads: resolve what the client named, call the feature's own
// query, and return the /api/v1 shape. Route handlers parse the result through its schema.
import "server-only";
import type { z } from "zod";
import { listUserTags } from "@/lib/db/bookmarks";
import type { Db } from "@/lib/db/client";
import { listCollections } from "@/lib/db/collections";
import { listLibrary } from "@/lib/db/library";
import { getPaperByArxivId, getPaperBySlugOrId } from "@/lib/db/paper-lookup";
import { getLatestDigestDate, getPaperBySlug, listPapersByIds, type PaperDetail } from "@/lib/db/papers";
import { listSimilarPapers } from "@/lib/db/similar-papers";
import { listTopicsWithCounts } from "@/lib/db/topics";
import { AppError } from "@/lib/errors";
import { parseArxivRef } from "@/lib/search/arxiv-ref";
import { searchPapers } from "@/lib/search/search-papers";
import { getAppUrl } from "@/lib/site-url";
import { listTrendingPapers } from "@/lib/trending/list-trending";
import { defaultWindow } from "@/lib/trending/params";
import { parseWindow } from "@/lib/trending/windows";
import type { SearchQuery } from "@/lib/validation/search-query";
import { parsePaperRef } from "./paper-ref";
import type { TrendingQuery } from "./queries";
import type {
  LibraryResponseSchema,
  PaperResponseSchema,
  SearchResponseSchema,
  SimilarResponseSchema,
  TopicsResponseSchema,
  TrendingResponseSchema,
} from "./schemas";
import { paperUrl, toPaperDetail, toSearchHit, toSimilarPaper, toTrendingPaper, toWindow } from "./to-v1";

type Out<T extends z.ZodType> = z.infer<T>;

export async function searchV1(db: Db, query: SearchQuery): Promise<Out<typeof SearchResponseSchema>> {
  const base = getAppUrl();
  const arxivId = parseArxivRef(query.q);
  const [result, named] = await Promise.all([searchPapers(query), arxivId ? getPaperByArxivId(db, arxivId) : null]);
  // The engine returns a cropped abstract; the stored paper has the whole one.
  const cards = new Map(
    (
      await listPapersByIds(
        db,
        result.hits.map((h) => h.id),
      )
    ).map((c) => [c.id, c]),
  );
  return {
    hits: result.hits.map((hit) => toSearchHit(hit, cards.get(hit.id), base)),
    total: result.total,
    totalIsCapped: result.totalIsCapped,
    page: result.page,
    totalPages: result.totalPages,
    facets: result.facets,
    match: named ? { id: named.id, slug: named.slug, url: paperUrl(base, named.slug) } : null,
  };
}

export async function trendingV1(db: Db, query: TrendingQuery): Promise<Out<typeof TrendingResponseSchema>> {
  const asked = query.date ?? query.week ?? query.month ?? query.window;
  const window = asked ? parseWindow(query) : defaultWindow("latest-day", (await getLatestDigestDate(db)) ?? undefined);
  if (asked && !window) throw new AppError("BAD_REQUEST", `Invalid query: no such period: ${asked}`);
  if (!window) return { window: null, papers: [] };
  const papers = await listTrendingPapers(db, window, {
    sort: query.sort,
    limit: query.limit,
    topics: query.topic ? [query.topic] : undefined,
  });
  const base = getAppUrl();
  return { window: toWindow(window), papers: papers.map((p) => toTrendingPaper(p, base)) };
}

/** The paper a client named by id, slug, arXiv id or URL; 404 when this instance does not have it. */
export async function requirePaper(db: Db, ref: string): Promise<PaperDetail> {
  const parsed = parsePaperRef(ref);
  if (!parsed)
    throw new AppError(
      "BAD_REQUEST",
      "Name a paper by its id, slug, arXiv id or a URL of its page, arXiv or Hugging Face.",
    );
  const found =
    parsed.kind === "arxiv" ? await getPaperByArxivId(db, parsed.arxivId) : await getPaperBySlugOrId(db, parsed.key);
  const paper = found ? await getPaperBySlug(db, found.slug) : null;
  if (!paper) throw new AppError("NOT_FOUND", `No paper "${ref.slice(0, 200)}" here.`);
  return paper;
}

export async function paperV1(db: Db, ref: string): Promise<Out<typeof PaperResponseSchema>> {
  return { paper: toPaperDetail(await requirePaper(db, ref), getAppUrl()) };
}

export async function similarV1(db: Db, ref: string): Promise<Out<typeof SimilarResponseSchema>> {
  const paper = await requirePaper(db, ref);
  const base = getAppUrl();
  const similar = await listSimilarPapers(db, paper.id);
  return {
    paper: { id: paper.id, slug: paper.slug, title: paper.title },
    similar: similar.map((s) => toSimilarPaper(s, base)),
  };
}

export async function topicsV1(db: Db): Promise<Out<typeof TopicsResponseSchema>> {
  return { topics: await listTopicsWithCounts(db) };
}

/** The token owner's library, read-only: bookmarks with notes, tags and collections. */
export async function libraryV1(db: Db, userId: string): Promise<Out<typeof LibraryResponseSchema>> {
  const base = getAppUrl();
  const [items, collections, tags] = await Promise.all([
    listLibrary(db, userId, {}),
    listCollections(db, userId),
    listUserTags(db, userId),
  ]);
  return {
    bookmarks: items.map(({ bookmarkId: _id, paper, ...item }) => ({
      ...item,
      paper: { ...paper, url: paperUrl(base, paper.slug) },
    })),
    collections: collections.map(({ id, name, count }) => ({ id, name, count })),
    tags,
  };
}
