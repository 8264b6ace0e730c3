// The public /api/v1 response shapes, as zod: handlers parse what they send through them, and
// lib/api/openapi.ts turns the same schemas into the OpenAPI document, so the two cannot drift.
import { z } from "zod";

/** Every named schema lands in components.schemas under its id (z.toJSONSchema over this registry). */
export const apiSchemas = z.registry<{ id: string; description?: string }>();

export const TopicRefSchema = z
  .object({ slug: z.string(), name: z.string() })
  .register(apiSchemas, { id: "TopicRef", description: "A topic of the transparent taxonomy." });

export const HighlightSegmentSchema = z.object({ text: z.string(), match: z.boolean() }).register(apiSchemas, {
  id: "HighlightSegment",
  description: "A run of text; `match` marks the words the query matched.",
});

const day = z
  .string()
  .describe("YYYY-MM-DD: the paper's latest digest day, else its publication day; empty when unknown.");

export const PaperSummarySchema = z
  .object({
    id: z.string().describe("Stable paper id (`arxiv-2403_12345` or `t-…` for papers without an arXiv id)."),
    slug: z.string(),
    url: z.string().describe("The paper's page on this instance."),
    title: z.string(),
    abstract: z.string(),
    digestDate: day,
    topics: z.array(TopicRefSchema),
    linkKinds: z.array(z.string()).describe("Kinds of links the paper has: code, dataset, model, demo, …"),
  })
  .register(apiSchemas, {
    id: "PaperSummary",
    description: "A paper as lists show it: title and abstract as plain text.",
  });

export const SearchHitSchema = PaperSummarySchema.extend({
  authors: z.array(z.string()).describe("The first four authors."),
  categories: z.array(z.string()).describe("arXiv categories, primary first."),
  highlights: z
    .object({ title: z.array(HighlightSegmentSchema), abstract: z.array(HighlightSegmentSchema) })
    .describe("The title and a cropped abstract as segments, the query's matches marked."),
}).register(apiSchemas, {
  id: "SearchHit",
  description: "A search result: plain title and abstract, highlights beside them.",
});

export const FacetSchema = z
  .object({ value: z.string(), label: z.string(), count: z.number().int() })
  .register(apiSchemas, { id: "Facet", description: "A filter value and how many results selecting it leaves." });

export const SearchResponseSchema = z
  .object({
    hits: z.array(SearchHitSchema),
    total: z.number().int(),
    totalIsCapped: z.boolean().describe("True when the engine stopped counting (shown as 1,000+)."),
    page: z.number().int(),
    totalPages: z.number().int(),
    facets: z.object({
      topic: z.array(FacetSchema),
      category: z.array(FacetSchema),
      author: z.array(FacetSchema),
      has: z.array(FacetSchema),
      month: z.array(FacetSchema),
    }),
    match: z
      .object({ id: z.string(), slug: z.string(), url: z.string() })
      .nullable()
      .describe("When `q` is an arXiv id or URL of a paper this instance has: that paper."),
  })
  .register(apiSchemas, { id: "SearchResponse" });

export const ScoreSchema = z
  .object({
    value: z.number(),
    parts: z.array(z.object({ label: z.string(), value: z.number(), detail: z.string() })),
  })
  .register(apiSchemas, {
    id: "Score",
    description: "The trending score, (community + position) × recency, part by part.",
  });

export const TrendingPaperSchema = PaperSummarySchema.extend({ rank: z.number().int(), score: ScoreSchema }).register(
  apiSchemas,
  {
    id: "TrendingPaper",
  },
);

export const WindowSchema = z
  .object({ kind: z.enum(["day", "week", "month", "all"]), start: z.string(), end: z.string(), label: z.string() })
  .register(apiSchemas, { id: "Window", description: "The period ranked: inclusive days." });

export const TrendingResponseSchema = z
  .object({
    window: WindowSchema.nullable().describe("Null when nothing was ever ingested."),
    papers: z.array(TrendingPaperSchema),
  })
  .register(apiSchemas, { id: "TrendingResponse" });

export const PaperDetailSchema = PaperSummarySchema.extend({
  arxivId: z.string().nullable(),
  source: z.string().describe("Where the paper was first ingested from."),
  links: z.array(z.object({ url: z.string(), kind: z.string() })),
  topicReasons: z.record(z.string(), z.string()).describe("Per topic slug, the rule that assigned it."),
}).register(apiSchemas, { id: "PaperDetail" });

export const PaperResponseSchema = z.object({ paper: PaperDetailSchema }).register(apiSchemas, { id: "PaperResponse" });

export const SimilarPaperSchema = z
  .object({ id: z.string(), slug: z.string(), url: z.string(), title: z.string(), digestDate: day, score: z.number() })
  .register(apiSchemas, { id: "SimilarPaper" });

export const SimilarResponseSchema = z
  .object({
    paper: z.object({ id: z.string(), slug: z.string(), title: z.string() }),
    similar: z.array(SimilarPaperSchema),
  })
  .register(apiSchemas, { id: "SimilarResponse", description: "Precomputed neighbours, most similar first." });

export const TopicsResponseSchema = z
  .object({
    topics: z.array(
      z.object({ slug: z.string(), name: z.string(), description: z.string(), paperCount: z.number().int() }),
    ),
  })
  .register(apiSchemas, { id: "TopicsResponse" });

export const LibraryItemSchema = z
  .object({
    savedAt: z.string().describe("ISO 8601 time of the bookmark."),
    note: z.string(),
    read: z.boolean(),
    tags: z.array(z.string()),
    collections: z.array(z.object({ id: z.number().int(), name: z.string() })),
    paper: PaperSummarySchema.omit({ linkKinds: true }).extend({ arxivId: z.string().nullable() }),
  })
  .register(apiSchemas, { id: "LibraryItem" });

export const LibraryResponseSchema = z
  .object({
    bookmarks: z.array(LibraryItemSchema),
    collections: z.array(z.object({ id: z.number().int(), name: z.string(), count: z.number().int() })),
    tags: z.array(z.object({ name: z.string(), count: z.number().int() })),
  })
  .register(apiSchemas, {
    id: "LibraryResponse",
    description: "The token owner's bookmarks (newest first, up to 500), collections and tags.",
  });

export const ErrorResponseSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .register(apiSchemas, { id: "Error" });
