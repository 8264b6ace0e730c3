"use server";
// Follows by email: the per-follow "Email me" toggle (optimistic call + no-JS form action)
// and turning the account's follows mail on (double opt-in) or off. Every change names the owner.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { setFollowEmail as saveFollowEmail } from "@/lib/db/follows";
import { requestFollowsDelivery, turnOffFollowsDelivery } from "@/lib/email/follows-delivery";
import { isMailConfigured } from "@/lib/email/mailer";
import { checkSubscribeRate } from "@/lib/email/subscriptions";
import { AppError } from "@/lib/errors";
import { FollowEmailToggleSchema, FollowsDeliveryInputSchema } from "@/lib/validation/follows-email";
import type { ToggleResult } from "./bookmarks";
import { formRecord } from "./form-state";

const FOLLOW_GONE = "That follow no longer exists.";

export async function setFollowEmail(id: string, on: boolean): Promise<ToggleResult> {
  const input = FollowEmailToggleSchema.safeParse({ id, on: String(on) });
  if (!input.success) return { ok: false, message: "Invalid request." };
  try {
    const user = await requireUser({ unauthorized: "Your session has ended. Sign in again to change your follows." });
    await saveFollowEmail(getDb(), user.id, input.data.id, input.data.on);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHORIZED") return { ok: false, message: error.message };
    if (error instanceof AppError && error.code === "NOT_FOUND") return { ok: false, message: FOLLOW_GONE };
    console.error("[follows] email toggle failed", error);
    return { ok: false, message: "Could not save. Please try again." };
  }
  revalidatePath("/follows");
  return { ok: true, on: input.data.on };
}

/** No-JS path of the toggle: apply, then back to the follow on /follows. */
export async function followEmailFormAction(formData: FormData): Promise<void> {
  const raw = formRecord(formData);
  await requireUser({ returnTo: "/follows" });
  const result = await setFollowEmail(raw.id ?? "", raw.on === "true");
  if (!result.ok) redirect(`/follows?notice=${result.message === FOLLOW_GONE ? "not-found" : "invalid"}`);
  redirect(`/follows?notice=${result.on ? "email-follow-on" : "email-follow-off"}#follow-${raw.id}`);
}

export async function followsDeliveryAction(formData: FormData): Promise<void> {
  const db = getDb();
  const user = await requireUser({ returnTo: "/follows" });
  const input = FollowsDeliveryInputSchema.safeParse(formRecord(formData));
  if (!input.success) redirect("/follows?notice=invalid#email");
  if (input.data.intent === "off") {
    await turnOffFollowsDelivery(db, user.id);
    revalidatePath("/follows");
    redirect("/follows?notice=email-off#email");
  }
  if (!isMailConfigured()) redirect("/follows?notice=email-unavailable#email");
  const requestHeaders = await headers();
  let outcome: "on" | "sent" | "refused";
  try {
    // The same limits as /subscribe: this too mails an address on request.
    outcome = await requestFollowsDelivery(db, user, input.data.frequency, {
      mayMail: async () => (await checkSubscribeRate(user.email, requestHeaders)).allowed,
    });
  } catch (error) {
    if (!(error instanceof AppError && error.code === "MAIL_UNAVAILABLE")) throw error;
    console.error(`[follows] ${error.message}`, error.cause ?? "");
    redirect("/follows?notice=email-unavailable#email");
  }
  if (outcome === "refused") redirect("/follows?notice=email-rate-limited#email");
  revalidatePath("/follows");
  redirect(`/follows?notice=${outcome === "on" ? "email-on" : "email-sent"}#email`);
}
