// GET /api/search?q=&topic=&page= — hits, total and topic facet counts from Meilisearch (503 when it is down).
import { handle, parseQuery } from "@/lib/http";
import { searchPapers } from "@/lib/search/search-papers";
import { SearchQuerySchema } from "@/lib/validation/params";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(async () => searchPapers(parseQuery(SearchQuerySchema, request.url)));
}
