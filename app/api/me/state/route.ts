// GET /api/me/state?ids=a,b — the signed-in reader's own state for the papers on a cached page
// (bookmarked, voted, vote counts), so every reader can be served the one cached copy of a page and
// the buttons set their pressed state in the browser (components/bookmarks/reader-state.ts).
// Never cached anywhere: the answer is the reader's alone.
import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http";
import { parseQuery } from "@/lib/http-json";
import { toViewerJson } from "@/lib/library/viewer-json";
import { getViewerState } from "@/lib/library/viewer-state";
import { ReaderStateQuerySchema } from "@/lib/validation/library";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const response = await handle(async () => {
    const { ids } = parseQuery(ReaderStateQuerySchema, request.url);
    return toViewerJson(await getViewerState(getDb(), ids));
  });
  response.headers.set("Cache-Control", "private, no-store");
  response.headers.set("Vary", "Cookie");
  return response;
}
