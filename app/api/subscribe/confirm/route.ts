// GET /api/subscribe/confirm?token= — the link in the confirmation mail; lands on a result page.
import { confirmSubscription } from "@/lib/email/subscriptions";
import { redirectTo } from "@/lib/email/responses";
import { TokenParamSchema } from "@/lib/validation/subscribe";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const token = TokenParamSchema.safeParse(new URL(request.url).searchParams.get("token"));
  const outcome = token.success ? await confirmSubscription(token.data) : "invalid";
  return redirectTo(`/subscribe/confirmed?status=${outcome}`);
}
