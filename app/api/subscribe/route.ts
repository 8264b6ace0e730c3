// POST /api/subscribe (form or JSON: email, frequency) — rate-limited, then a confirmation mail.
// Same answer for new, pending, subscribed and unsubscribed addresses (issue 7: no enumeration).
import { NextResponse } from "next/server";
import { clientIp } from "@/lib/client-ip";
import { checkSubscribeRate, requestSubscription } from "@/lib/email/subscriptions";
import { isFormPost, readBody, redirectTo, tooManyRequests } from "@/lib/email/responses";
import { AppError } from "@/lib/errors";
import { jsonError } from "@/lib/http";
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
    const rate = checkSubscribeRate(parsed.data.email, clientIp(request.headers));
    if (!rate.ok) return tooManyRequests(request, rate.retryAfterSeconds);
    await requestSubscription(parsed.data);
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
