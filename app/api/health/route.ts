// GET /api/health — liveness: the app is up and serving. Touches nothing else (no database, no
// Meilisearch), so process supervisors can poll it cheaply; /status reports on the data itself.
// bench:search also measures it as the floor of any request through Next on the machine.
import { NextResponse } from "next/server";

export const dynamic = "force-dynamic";

export function GET() {
  return NextResponse.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
