// GET /api/v1/search — full-text search with facets; plain title and abstract, highlights beside them.
import { searchV1 } from "@/lib/api/read";
import { respond } from "@/lib/api/respond";
import { SearchResponseSchema } from "@/lib/api/schemas";
import { getDb } from "@/lib/db/client";
import { parseQuery } from "@/lib/http-json";
import { toParamLists } from "@/lib/validation/params";
import { SearchQuerySchema } from "@/lib/validation/search-query";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return respond(SearchResponseSchema, () =>
    searchV1(getDb(), parseQuery(SearchQuerySchema, request.url, toParamLists)),
  );
}
