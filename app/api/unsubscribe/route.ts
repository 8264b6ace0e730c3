// POST /api/unsubscribe?token= — RFC 8058 one-click (body List-Unsubscribe=One-Click, from mail
// clients) and the button on /unsubscribe (which adds from=page and gets a redirect back).
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { unsubscribe } from "@/lib/email/subscriptions";
import { isFormPost, readBody, redirectTo } from "@/lib/email/responses";
import { TokenParamSchema } from "@/lib/validation/subscribe";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const token = TokenParamSchema.safeParse(new URL(request.url).searchParams.get("token"));
  const fromPage = isFormPost(request) && (await readBody(request)).from === "page";
  const done = token.success && (await unsubscribe(getDb(), token.data));
  if (fromPage) return redirectTo(done ? "/unsubscribe?status=done" : "/unsubscribe?status=invalid");
  return done
    ? new NextResponse("You are unsubscribed from the Paperboard digest.\n", {
        status: 200,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      })
    : NextResponse.json(
        { error: { code: "BAD_REQUEST", message: "This unsubscribe link is not valid." } },
        { status: 400 },
      );
}

/** Someone opened the header URL in a browser: show the page with the button (GET never unsubscribes). */
export function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return redirectTo(`/unsubscribe?token=${encodeURIComponent(token)}`);
}
