// GET /api/v1/library — the reader's own library, read-only, for the bearer of a personal API token.
import { libraryV1 } from "@/lib/api/read";
import { respond } from "@/lib/api/respond";
import { LibraryResponseSchema } from "@/lib/api/schemas";
import { requireTokenOwner } from "@/lib/api/tokens";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  const db = getDb();
  return respond(LibraryResponseSchema, async () => libraryV1(db, await requireTokenOwner(db, request.headers)));
}
