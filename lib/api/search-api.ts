// GET /api/search's answer, one function for both ways in: the Next route (app/api/search/route.ts),
// which signed-in readers reach, and the web server's fast path for anonymous searches
// (./search-fast-path.ts). Validated params (lib/validation/search-query.ts) → hits, total, facet
// counts; an arXiv id or URL that names a known paper answers { redirect } instead.
// `facet=authors&name=…` answers the author filter instead: { authors: [{ value, label, count }] } for
// the same search, matching the typed name (the main search does not count authors: too costly).
import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { getPaperByArxivId } from "@/lib/db/paper-lookup";
import { parseQuery } from "@/lib/http-json";
import { readViewerState } from "@/lib/library/read-viewer-state";
import { toViewerJson } from "@/lib/library/viewer-json";
import { parseArxivRef } from "@/lib/search/arxiv-ref";
import { AuthorNameSchema, searchAuthorFacet } from "@/lib/search/author-facet";
import { searchPapers } from "@/lib/search/search-papers";
import { toParamLists } from "@/lib/validation/params";
import { SearchQuerySchema } from "@/lib/validation/search-query";

const FacetRequestSchema = z.object({ facet: z.enum(["authors"]).optional(), name: AuthorNameSchema.default("") });

/**
 * The JSON body for the absolute request URL `url`; throws AppError for a 400 or 503. `viewerId`
 * names the signed-in reader (null: anonymous), asked only when hits need their bookmark/vote state.
 */
export async function answerSearch(db: Db, url: string, viewerId: () => Promise<string | null>) {
  const query = parseQuery(SearchQuerySchema, url, toParamLists);
  const facet = parseQuery(FacetRequestSchema, url);
  if (facet.facet === "authors") return { authors: await searchAuthorFacet(query, facet.name) };
  const arxivId = parseArxivRef(query.q);
  const paper = arxivId ? await getPaperByArxivId(db, arxivId) : null;
  if (paper) return { redirect: `/papers/${paper.slug}`, paper };
  const result = await searchPapers(query);
  // The visitor's bookmark/vote state for these hits, so cards rendered in the browser get their controls.
  const ids = result.hits.map((h) => h.id);
  const viewer = toViewerJson(await readViewerState(db, await viewerId(), ids));
  return { ...result, arxivId, viewer };
}
