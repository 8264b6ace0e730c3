// Pure: the app's DTOs → the public /api/v1 shapes (lib/api/schemas.ts). Plain title and abstract
// for every paper; search highlights travel beside them, never instead of them.
import type { PaperCard, PaperDetail } from "@/lib/db/papers";
import type { SimilarPaperRef } from "@/lib/db/similar-papers";
import type { SearchHit } from "@/lib/search/search-papers";
import type { TrendingPaper } from "@/lib/trending/list-trending";
import type { TrendingWindow } from "@/lib/trending/windows";
import type { z } from "zod";
import type {
  PaperDetailSchema,
  PaperSummarySchema,
  SearchHitSchema,
  SimilarPaperSchema,
  TrendingPaperSchema,
  WindowSchema,
} from "./schemas";

export const paperUrl = (baseUrl: string, slug: string) => `${baseUrl.replace(/\/+$/, "")}/papers/${slug}`;

const joinSegments = (segments: { text: string }[]) => segments.map((s) => s.text).join("");

export function toPaperSummary(card: PaperCard, baseUrl: string): z.infer<typeof PaperSummarySchema> {
  const { id, slug, title, abstract, digestDate, topics, linkKinds } = card;
  return { id, slug, url: paperUrl(baseUrl, slug), title, abstract, digestDate, topics, linkKinds };
}

/** `card`: the stored paper (full abstract); without it (deleted since indexing) the hit's own text stands. */
export function toSearchHit(
  hit: SearchHit,
  card: PaperCard | undefined,
  baseUrl: string,
): z.infer<typeof SearchHitSchema> {
  return {
    id: hit.id,
    slug: hit.slug,
    url: paperUrl(baseUrl, hit.slug),
    title: card?.title ?? joinSegments(hit.title),
    abstract: card?.abstract ?? joinSegments(hit.snippet),
    digestDate: hit.digestDate,
    topics: hit.topics,
    linkKinds: hit.linkKinds,
    authors: hit.authors,
    categories: hit.categories,
    highlights: { title: hit.title, abstract: hit.snippet },
  };
}

export function toTrendingPaper(paper: TrendingPaper, baseUrl: string): z.infer<typeof TrendingPaperSchema> {
  return { ...toPaperSummary(paper, baseUrl), rank: paper.rank, score: paper.score };
}

export function toWindow(window: TrendingWindow): z.infer<typeof WindowSchema> {
  return { kind: window.kind, start: window.start, end: window.end, label: window.label };
}

export function toPaperDetail(paper: PaperDetail, baseUrl: string): z.infer<typeof PaperDetailSchema> {
  return {
    ...toPaperSummary(paper, baseUrl),
    arxivId: paper.arxivId,
    source: paper.source,
    links: paper.links,
    topicReasons: paper.topicReasons,
  };
}

export function toSimilarPaper(paper: SimilarPaperRef, baseUrl: string): z.infer<typeof SimilarPaperSchema> {
  return { ...paper, url: paperUrl(baseUrl, paper.slug) };
}
