// GET /api/papers?topic=&limit=&cursor= — papers in trending order, cursor-paginated.
import { listRankedPapersPage } from "@/lib/db/papers";
import { handle, parseQuery } from "@/lib/http";
import { PapersQuerySchema } from "@/lib/validation/params";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(async () => listRankedPapersPage(parseQuery(PapersQuerySchema, request.url)));
}
