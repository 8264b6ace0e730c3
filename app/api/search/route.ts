// GET /api/search — validated params (lib/validation/search-query.ts) → hits, total, facet counts; an
// arXiv id or URL that names a known paper answers { redirect } instead. 429 past the rate limit
// (proxy.ts, before this runs), 400 for bad params, 503 when Meilisearch is down.
// `facet=authors&name=…` answers the author filter instead: { authors: [{ value, label, count }] } for
// the same search, matching the typed name (the main search does not count authors: too costly).
import { getDb } from "@/lib/db/client";
import { getPaperByArxivId } from "@/lib/db/paper-lookup";
import { toViewerJson } from "@/lib/library/viewer-json";
import { getViewerState } from "@/lib/library/viewer-state";
import { handle } from "@/lib/http";
import { parseQuery } from "@/lib/http-json";
import { parseArxivRef } from "@/lib/search/arxiv-ref";
import { AuthorNameSchema, searchAuthorFacet } from "@/lib/search/author-facet";
import { searchPapers } from "@/lib/search/search-papers";
import { toParamLists } from "@/lib/validation/params";
import { SearchQuerySchema } from "@/lib/validation/search-query";
import { z } from "zod";

const FacetRequestSchema = z.object({ facet: z.enum(["authors"]).optional(), name: AuthorNameSchema.default("") });

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const db = getDb();
  return handle(async () => {
    const query = parseQuery(SearchQuerySchema, request.url, toParamLists);
    const facet = parseQuery(FacetRequestSchema, request.url);
    if (facet.facet === "authors") return { authors: await searchAuthorFacet(query, facet.name) };
    const arxivId = parseArxivRef(query.q);
    const paper = arxivId ? await getPaperByArxivId(db, arxivId) : null;
    if (paper) return { redirect: `/papers/${paper.slug}`, paper };
    const result = await searchPapers(query);
    // The visitor's bookmark/vote state for these hits, so cards rendered in the browser get their controls.
    const viewer = toViewerJson(
      await getViewerState(
        db,
        result.hits.map((h) => h.id),
      ),
    );
    return { ...result, arxivId, viewer };
  });
}
