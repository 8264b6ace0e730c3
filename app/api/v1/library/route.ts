// GET /api/v1/library — the reader's own library, read-only, for the bearer of a personal API token.
import { libraryV1 } from "@/lib/api/read";
import { respond } from "@/lib/api/respond";
import { LibraryResponseSchema } from "@/lib/api/schemas";
import { requireTokenOwner } from "@/lib/api/tokens";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return respond(LibraryResponseSchema, async () => libraryV1(await requireTokenOwner(request.headers)));
}
