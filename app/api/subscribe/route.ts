// POST /api/subscribe (form or JSON: email, frequency) — rate-limited, then a confirmation mail.
// Same answer for new, pending, subscribed and unsubscribed addresses: no way to learn who subscribed.
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/client";
import { checkSubscribeRate, requestSubscription } from "@/lib/email/subscriptions";
import { isFormPost, readBody, redirectTo } from "@/lib/email/responses";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http";
import { tooManyRequests } from "@/lib/rate-limit/responses";
import { SubscribeInputSchema } from "@/lib/validation/subscribe";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const form = isFormPost(request);
  try {
    const parsed = SubscribeInputSchema.safeParse(await readBody(request));
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path[0] === "frequency" ? "frequency" : "email";
      if (form) return redirectTo(`/subscribe?error=invalid-${field}`);
      throw new AppError("BAD_REQUEST", parsed.error.issues[0]?.message ?? "Invalid request.");
    }
    const rate = await checkSubscribeRate(parsed.data.email, request.headers);
    if (!rate.allowed) {
      const back = { href: "/subscribe", label: "Back to the subscription form" };
      return tooManyRequests({
        answer: form ? "page" : "json",
        retryAfterSeconds: rate.retryAfterSeconds,
        what: "subscription requests",
        back,
      });
    }
    await requestSubscription(getDb(), parsed.data);
    if (form) return redirectTo("/subscribe?status=sent");
    return NextResponse.json({ ok: true, message: "Check your inbox for a confirmation link." }, { status: 202 });
  } catch (error) {
    if (form && error instanceof AppError && error.code === "MAIL_UNAVAILABLE") {
      console.error(`[subscribe] ${error.message}`, error.cause ?? "");
      return redirectTo("/subscribe?error=mail-unavailable");
    }
    return jsonError(error);
  }
}
