// GET /api/papers?topic=&limit=&cursor= — papers in digest order (newest digest first), cursor-paginated.
import { getDb } from "@/lib/db/client";
import { listPapersInDigestOrder } from "@/lib/db/papers";
import { handle } from "@/lib/http";
import { parseQuery } from "@/lib/http-json";
import { PapersQuerySchema } from "@/lib/validation/params";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(async () => listPapersInDigestOrder(getDb(), parseQuery(PapersQuerySchema, request.url)));
}
