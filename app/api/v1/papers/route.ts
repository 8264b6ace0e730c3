// GET /api/v1/papers — trending papers of a day, week or month, each with its score explained.
import { TrendingQuerySchema } from "@/lib/api/queries";
import { trendingV1 } from "@/lib/api/read";
import { respond } from "@/lib/api/respond";
import { TrendingResponseSchema } from "@/lib/api/schemas";
import { getDb } from "@/lib/db/client";
import { parseQuery } from "@/lib/http-json";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return respond(TrendingResponseSchema, () => trendingV1(getDb(), parseQuery(TrendingQuerySchema, request.url)));
}
