// The confirmation of a subscription (trending digest or follows mail). Mail scanners open links,
// so a GET never confirms: it shows the page with the button, whose form POSTs here.
import { NextResponse } from "next/server";
import { resolveAuthOrigins } from "@/lib/app-origins";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http";
import { confirmSubscription } from "@/lib/email/subscriptions";
import { isCrossSitePost, isFormPost, redirectTo } from "@/lib/email/responses";
import { TokenParamSchema } from "@/lib/validation/subscribe";

export const dynamic = "force-dynamic";

/** POST /api/subscribe/confirm?token= — confirms; a form gets the result page, JSON clients the outcome. */
export async function POST(request: Request) {
  if (isCrossSitePost(request.headers, resolveAuthOrigins(getEnv()).trustedOrigins)) {
    return jsonError(new AppError("FORBIDDEN", "Confirm from the page the mailed link opens."));
  }
  const token = TokenParamSchema.safeParse(new URL(request.url).searchParams.get("token"));
  const outcome = token.success ? await confirmSubscription(getDb(), token.data) : "invalid";
  if (isFormPost(request)) return redirectTo(`/subscribe/confirmed?status=${outcome}`);
  return NextResponse.json({ status: outcome }, { status: outcome === "confirmed" ? 200 : 400 });
}

/** Links mailed before the confirmation page existed point here: show that page, change nothing. */
export function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return redirectTo(`/subscribe/confirm?token=${encodeURIComponent(token)}`);
}
