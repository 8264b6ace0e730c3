// GET /api/search (lib/api/search-api.ts says what it answers). 429 past the rate limit (proxy.ts,
// before this runs), 400 for bad params, 503 when Meilisearch is down. Anonymous GETs never get here:
// the web server answers them itself with the same function (lib/api/search-fast-path.ts); this route
// serves signed-in readers, whose bookmark and vote state rides along, and HEAD requests.
import { answerSearch } from "@/lib/api/search-api";
import { getCurrentUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { handle } from "@/lib/http";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(() => answerSearch(getDb(), request.url, async () => (await getCurrentUser())?.id ?? null));
}
