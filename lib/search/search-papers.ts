// Full-text and faceted search over papers, returning app DTOs (Meilisearch types stop here).
import "server-only";
import { z } from "zod";
import type { SearchParams as MeiliSearchParams } from "meilisearch";
import { getSearchClient, getSearchIndex, searchTargetFromEnv, toSearchError } from "./client";
import { distinctiveTerms } from "./terms";
import { SearchDocumentSchema, toHighlightSegments, type HighlightSegment } from "./documents";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from "./settings";
import { TOPICS } from "@/lib/ingest/taxonomy";

export type SearchHit = {
  id: string;
  slug: string;
  title: HighlightSegment[];
  snippet: HighlightSegment[];
  topics: { slug: string; name: string }[];
  digestDate: string;
  linkKinds: string[];
};
export type TopicFacet = { slug: string; name: string; count: number };
export type SearchResult = {
  query: string;
  topic: string | null;
  hits: SearchHit[];
  total: number;
  page: number;
  totalPages: number;
  facets: TopicFacet[];
};

const HitSchema = SearchDocumentSchema.extend({
  _formatted: z.object({ title: z.string(), abstract: z.string() }).partial().optional(),
});

/** The paginated response shape we ask for (page + hitsPerPage); parsed, not cast. */
const PagedResponseSchema = z.object({
  hits: z.array(z.unknown()),
  totalHits: z.number().int(),
  page: z.number().int(),
  totalPages: z.number().int(),
  facetDistribution: z.record(z.string(), z.record(z.string(), z.number())).optional(),
});

export const PAGE_SIZE = 20;

/** Filter values are validated slugs, but quote them anyway: Meilisearch filters are a language. */
function quote(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

export async function searchPapers(input: { q: string; topic?: string; page: number }): Promise<SearchResult> {
  const params: MeiliSearchParams = {
    filter: input.topic ? [`topics = ${quote(input.topic)}`] : undefined,
    facets: ["topics"],
    page: input.page,
    hitsPerPage: PAGE_SIZE,
    attributesToHighlight: ["title", "abstract"],
    attributesToCrop: ["abstract"],
    cropLength: 40,
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  };
  let response: z.infer<typeof PagedResponseSchema>;
  try {
    response = PagedResponseSchema.parse(await getSearchIndex().search(input.q, params));
  } catch (error) {
    throw toSearchError(error);
  }
  const hits = response.hits.map((raw) => {
    const hit = HitSchema.parse(raw);
    return {
      id: hit.id,
      slug: hit.slug,
      title: toHighlightSegments(hit._formatted?.title ?? hit.title),
      snippet: toHighlightSegments(hit._formatted?.abstract ?? hit.abstract.slice(0, 300)),
      topics: hit.topics.map((slug, i) => ({ slug, name: hit.topicNames[i] ?? slug })),
      digestDate: hit.digestDate,
      linkKinds: hit.linkKinds,
    };
  });
  return {
    query: input.q,
    topic: input.topic ?? null,
    hits,
    total: response.totalHits,
    page: response.page,
    totalPages: response.totalPages,
    facets: toTopicFacets(response.facetDistribution?.topics ?? {}),
  };
}

const topicNames = new Map(TOPICS.map((t) => [t.slug, t.name]));

function toTopicFacets(counts: Record<string, number>): TopicFacet[] {
  return Object.entries(counts)
    .map(([slug, count]) => ({ slug, name: topicNames.get(slug) ?? slug, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

export type RelatedPaper = { id: string; slug: string; title: string; digestDate: string };

const RelatedHitSchema = SearchDocumentSchema.pick({ id: true, slug: true, title: true, digestDate: true });

/**
 * Papers sharing the paper's distinctive title words. One query per word, merged by Meilisearch's
 * federated search: a single multi-word query would only match documents holding every word (or,
 * with a matching strategy, the rarest one — usually only the paper itself).
 */
export async function searchRelatedPapers(paper: { id: string; title: string }, limit = 6): Promise<RelatedPaper[]> {
  const target = searchTargetFromEnv();
  const terms = distinctiveTerms(paper.title);
  if (terms.length === 0) return [];
  try {
    const response = await getSearchClient(target).multiSearch({
      federation: { limit },
      queries: terms.map((q) => ({
        indexUid: target.indexName,
        q,
        filter: [`id != ${quote(paper.id)}`],
        attributesToRetrieve: ["id", "slug", "title", "digestDate"],
      })),
    });
    return response.hits.map((raw) => RelatedHitSchema.parse(raw));
  } catch (error) {
    throw toSearchError(error);
  }
}
