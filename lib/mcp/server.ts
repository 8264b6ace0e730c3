// The Paperboard MCP server: tools over an instance's public API (search, one paper, trending,
// similar papers, the reader's library). Their results are typed by the API's own zod schemas.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { parsePaperRef } from "@/lib/api/paper-ref";
import {
  LibraryResponseSchema,
  PaperResponseSchema,
  SearchResponseSchema,
  SimilarResponseSchema,
  TrendingResponseSchema,
} from "@/lib/api/schemas";
import { windowOfKind } from "@/lib/trending/windows";
import { SORTS } from "@/lib/validation/search-query";
import { ApiCallError, createApiClient, type ApiClientConfig, type ApiGet } from "./api-client";
import { SEARCHABLE_LINK_KINDS } from "@/lib/domain/link-kinds";

const paperArg = z
  .string()
  .min(1)
  .max(500)
  .describe(
    "The paper: an arXiv id (2403.12345), an arxiv.org / huggingface.co/papers / Paperboard page URL, or a Paperboard id or slug.",
  );

/** The API path segment for what the user named; a bad reference is the user's error, said plainly. */
function paperPath(text: string): string {
  const ref = parsePaperRef(text);
  if (!ref)
    throw new ApiCallError(`"${text.slice(0, 100)}" is not an arXiv id, a paper URL, or a Paperboard id or slug.`);
  return `/api/v1/papers/${encodeURIComponent(ref.kind === "arxiv" ? ref.arxivId : ref.key)}`;
}

/** Runs a tool body; API and reference errors become a tool error the model can read and act on. */
async function answer<T extends Record<string, unknown>>(body: () => Promise<T>): Promise<CallToolResult> {
  try {
    const result = await body();
    return { content: [{ type: "text", text: JSON.stringify(result) }], structuredContent: result };
  } catch (error) {
    if (!(error instanceof ApiCallError)) throw error;
    return { isError: true, content: [{ type: "text", text: error.message }] };
  }
}

function query(params: Record<string, string | number | string[] | undefined>): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const v of [value ?? []].flat()) qs.append(key, String(v));
  }
  return qs.size > 0 ? `?${qs.toString()}` : "";
}

/** Trending of the day/week/month holding `date`, else of the latest digest day's day/week/month. */
async function trending(get: ApiGet, period: "day" | "week" | "month", date: string | undefined, limit: number) {
  const day = date ?? (await get(`/api/v1/papers${query({ limit: 1 })}`, TrendingResponseSchema)).window?.start;
  if (!day) return { window: null, papers: [] };
  return get(`/api/v1/papers${query({ ...windowOfKind(period, day).param, limit })}`, TrendingResponseSchema);
}

export function createPaperboardMcpServer(config: ApiClientConfig): McpServer {
  const get = createApiClient(config);
  const server = new McpServer({ name: "paperboard", version: "1.0.0" });
  server.registerTool(
    "search",
    {
      title: "Search papers",
      description:
        'Full-text search over the papers of this Paperboard instance (typo-tolerant; "phrases" and -exclusion work), with optional filters. 20 results a page.',
      inputSchema: {
        query: z.string().max(300).describe("What to look for."),
        topic: z.array(z.string()).max(10).optional().describe("Topic slugs; all must hold."),
        category: z.array(z.string()).max(10).optional().describe("arXiv categories such as cs.CL."),
        author: z.array(z.string()).max(5).optional().describe("Exact author names."),
        has: z.array(z.enum(SEARCHABLE_LINK_KINDS)).optional().describe("Only papers with these kinds of links."),
        sort: z.enum(SORTS).optional(),
        page: z.number().int().min(1).max(500).optional(),
      },
      outputSchema: SearchResponseSchema,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ query: q, ...filters }) => answer(() => get(`/api/v1/search${query({ q, ...filters })}`, SearchResponseSchema)),
  );
  server.registerTool(
    "get_paper",
    {
      title: "Get a paper",
      description: "One paper with its full abstract, links (code, datasets, models, demos…) and topics.",
      inputSchema: { paper: paperArg },
      outputSchema: PaperResponseSchema,
      annotations: { readOnlyHint: true },
    },
    ({ paper }) => answer(() => get(paperPath(paper), PaperResponseSchema)),
  );
  server.registerTool(
    "trending",
    {
      title: "Trending papers",
      description:
        "The papers trending in a day, ISO week or month, each with its score explained. Without a date: the latest digest day, or its week or month.",
      inputSchema: {
        period: z.enum(["day", "week", "month"]).default("day"),
        date: z.iso.date().optional().describe("A day (YYYY-MM-DD) inside the period wanted."),
        limit: z.number().int().min(1).max(100).default(20),
      },
      outputSchema: TrendingResponseSchema,
      annotations: { readOnlyHint: true },
    },
    ({ period, date, limit }) => answer(() => trending(get, period, date, limit)),
  );
  server.registerTool(
    "similar_papers",
    {
      title: "Similar papers",
      description: "The papers most similar to a given one, most similar first.",
      inputSchema: { paper: paperArg },
      outputSchema: SimilarResponseSchema,
      annotations: { readOnlyHint: true },
    },
    ({ paper }) => answer(() => get(`${paperPath(paper)}/similar`, SimilarResponseSchema)),
  );
  server.registerTool(
    "my_library",
    {
      title: "My library",
      description:
        "Your bookmarks on Paperboard (newest first) with notes, tags, read state and collections. Needs PAPERBOARD_TOKEN.",
      inputSchema: {},
      outputSchema: LibraryResponseSchema,
      annotations: { readOnlyHint: true },
    },
    () => answer(() => get("/api/v1/library", LibraryResponseSchema, { auth: true })),
  );
  return server;
}
