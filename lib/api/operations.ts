// The public API's operations as data: path, parameters (zod), response schema and an example.
// lib/api/openapi.ts builds the OpenAPI document from this list; the docs page renders that document.
import { z } from "zod";
import { WindowParamsSchema } from "@/lib/trending/windows";
import { MAX_PAGE, MAX_QUERY_LENGTH, SORTS } from "@/lib/validation/search-query";
import { TRENDING_LIMIT_MAX } from "./queries";
import {
  LibraryResponseSchema,
  PaperResponseSchema,
  SearchResponseSchema,
  SimilarResponseSchema,
  TopicsResponseSchema,
  TrendingResponseSchema,
} from "./schemas";
import { SEARCHABLE_LINK_KINDS } from "@/lib/domain/link-kinds";

export type ApiParameter = {
  name: string;
  in: "query" | "path";
  description: string;
  schema: z.ZodType;
  required?: boolean;
  repeatable?: boolean;
};
export type ApiOperation = {
  operationId: string;
  path: string;
  summary: string;
  description: string;
  tag: "Papers" | "Search" | "Topics" | "Library";
  parameters: ApiParameter[];
  response: z.ZodType;
  /** Statuses besides 200, each answered with the Error shape. */
  errors: Partial<Record<400 | 401 | 404 | 429 | 503, string>>;
  /** A request that works on the demo data: path and query, no host. */
  example: string;
  /** Needs `Authorization: Bearer <personal token>`. */
  auth?: boolean;
};

const paperRef: ApiParameter = {
  name: "id",
  in: "path",
  required: true,
  description:
    "The paper's id or slug, or its arXiv id (`2403.12345`, `arXiv:2403.12345v2`). URLs go through encodeURIComponent.",
  schema: z.string().max(500),
};
/** A paper of the bundled demo digest, so every example answers on a fresh install. */
const EXAMPLE_SLUG = "theme-transformer-symbolic-music-generation-with-theme-conditioned-9b38cc";
const RATE_LIMITED = "Past the rate limit; Retry-After says when to try again.";

export const OPERATIONS: ApiOperation[] = [
  {
    operationId: "searchPapers",
    path: "/api/v1/search",
    tag: "Search",
    summary: "Search papers",
    description:
      'Typo-tolerant full-text search over titles and abstracts (prefix matching, `"phrases"`, `-exclusion`), with facets. 20 hits a page. A query that is an arXiv id or URL of a paper this instance has also names it in `match`.',
    parameters: [
      { name: "q", in: "query", description: "The query.", schema: z.string().max(MAX_QUERY_LENGTH) },
      {
        name: "topic",
        in: "query",
        repeatable: true,
        description: "Only papers in this topic (slug; repeat for several, all must hold).",
        schema: z.string(),
      },
      {
        name: "category",
        in: "query",
        repeatable: true,
        description: "Only papers in this arXiv category, e.g. `cs.CL`.",
        schema: z.string(),
      },
      {
        name: "author",
        in: "query",
        repeatable: true,
        description: "Only papers by this author (exact name).",
        schema: z.string().max(200),
      },
      {
        name: "has",
        in: "query",
        repeatable: true,
        description: "Only papers with this kind of link.",
        schema: z.enum(SEARCHABLE_LINK_KINDS),
      },
      {
        name: "from",
        in: "query",
        description: "From this month on (YYYY-MM).",
        schema: z.string().regex(/^\d{4}-\d{2}$/),
      },
      {
        name: "to",
        in: "query",
        description: "Up to this month (YYYY-MM).",
        schema: z.string().regex(/^\d{4}-\d{2}$/),
      },
      { name: "sort", in: "query", description: "Order of the hits.", schema: z.enum(SORTS).default("relevance") },
      {
        name: "page",
        in: "query",
        description: "Page number.",
        schema: z.number().int().min(1).max(MAX_PAGE).default(1),
      },
    ],
    response: SearchResponseSchema,
    errors: { 400: "A parameter is invalid; the message names it.", 429: RATE_LIMITED, 503: "Search is unreachable." },
    example: "/api/v1/search?q=preference&has=code",
  },
  {
    operationId: "listTrendingPapers",
    path: "/api/v1/papers",
    tag: "Papers",
    summary: "Trending papers",
    description:
      "Papers that appeared in the digests of a day, an ISO week or a month, ranked by the trending score (community signals and digest position, decayed by age) with every part of the score explained. Without a period: the latest digest day.",
    parameters: [
      { name: "date", in: "query", description: "A day, YYYY-MM-DD.", schema: WindowParamsSchema.shape.date.unwrap() },
      {
        name: "week",
        in: "query",
        description: "An ISO week, YYYY-Www.",
        schema: WindowParamsSchema.shape.week.unwrap(),
      },
      { name: "month", in: "query", description: "A month, YYYY-MM.", schema: WindowParamsSchema.shape.month.unwrap() },
      { name: "window", in: "query", description: "`all` for all time.", schema: z.enum(["all"]) },
      { name: "topic", in: "query", description: "Only papers in this topic (slug).", schema: z.string() },
      {
        name: "sort",
        in: "query",
        description: "By score, or newest digest first.",
        schema: z.enum(["trending", "newest"]).default("trending"),
      },
      {
        name: "limit",
        in: "query",
        description: "How many papers.",
        schema: z.number().int().min(1).max(TRENDING_LIMIT_MAX).default(30),
      },
    ],
    response: TrendingResponseSchema,
    errors: { 400: "A parameter is invalid, or names no real period.", 429: RATE_LIMITED },
    example: "/api/v1/papers?date=2026-03-13&limit=5",
  },
  {
    operationId: "getPaper",
    path: "/api/v1/papers/{id}",
    tag: "Papers",
    summary: "One paper",
    description: "A paper with its full abstract, links by kind, topics and the rule that assigned each.",
    parameters: [paperRef],
    response: PaperResponseSchema,
    errors: {
      400: "Not a paper id, slug or arXiv reference.",
      404: "This instance does not have the paper.",
      429: RATE_LIMITED,
    },
    example: `/api/v1/papers/${EXAMPLE_SLUG}`,
  },
  {
    operationId: "listSimilarPapers",
    path: "/api/v1/papers/{id}/similar",
    tag: "Papers",
    summary: "Similar papers",
    description: "The paper's nearest neighbours by text similarity, computed when papers are indexed.",
    parameters: [paperRef],
    response: SimilarResponseSchema,
    errors: {
      400: "Not a paper id, slug or arXiv reference.",
      404: "This instance does not have the paper.",
      429: RATE_LIMITED,
    },
    example: `/api/v1/papers/${EXAMPLE_SLUG}/similar`,
  },
  {
    operationId: "listTopics",
    path: "/api/v1/topics",
    tag: "Topics",
    summary: "Topics",
    description: "Every topic of the taxonomy with its description and paper count.",
    parameters: [],
    response: TopicsResponseSchema,
    errors: { 429: RATE_LIMITED },
    example: "/api/v1/topics",
  },
  {
    operationId: "getLibrary",
    path: "/api/v1/library",
    tag: "Library",
    summary: "Your library",
    description:
      "The token owner's bookmarks (newest first, up to 500) with notes, tags, read state and collections, plus the collections and tags themselves. Read-only; create or revoke tokens on the account page.",
    parameters: [],
    response: LibraryResponseSchema,
    errors: { 401: "No token, or an unknown or revoked one.", 429: RATE_LIMITED },
    example: "/api/v1/library",
    auth: true,
  },
];
