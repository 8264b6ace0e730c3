// POST /api/revalidate — a tool outside the app tells it its cached browse pages are stale (the app's
// own CLIs — ingest, sync — record that in the database instead: lib/cache/shared-page-cache.ts).
// The revalidation is shared, so one instance reached marks them stale on all.
// Authorization: Bearer <token signed with the app secret> (lib/cache/revalidate-token.ts).
import { NextResponse } from "next/server";
import { revalidateBrowsePages } from "@/lib/cache/revalidate";
import { getAppSecret } from "@/lib/app-secret";
import { verifyRevalidateToken } from "@/lib/cache/revalidate-token";

export const dynamic = "force-dynamic";

export function POST(request: Request): NextResponse {
  const token = /^Bearer (\S+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  const check = verifyRevalidateToken(token, getAppSecret(), new Date());
  if (!check.ok) {
    return NextResponse.json(
      { error: { code: "UNAUTHORIZED", message: `Revalidation token ${check.reason}.` } },
      { status: 401 },
    );
  }
  revalidateBrowsePages();
  return NextResponse.json({ revalidated: true });
}
