"use server";
// The account page's webhook form: save a URL (validated; a signing secret made on first save) or remove it.
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getWebhook, removeWebhook, saveWebhook } from "@/lib/db/webhooks";
import { WebhookUrlSchema } from "@/lib/recs/webhook-payload";
import { privateHostReason } from "@/lib/email/webhook-post";
import { getEnv } from "@/lib/env";
import { formRecord, type FormState } from "./form-state";

export async function webhookFormAction(_state: FormState, formData: FormData): Promise<FormState> {
  // The form lives on the signed-in account page: a session that ended signs in and comes back there.
  const user = await requireUser({ returnTo: "/account" });
  const db = getDb();
  const raw = formRecord(formData);
  if (raw.intent === "remove") {
    await removeWebhook(db, user.id);
    revalidatePath("/account");
    return { status: "ok", message: "Webhook removed." };
  }
  const url = WebhookUrlSchema.safeParse(raw.url ?? "");
  if (!url.success)
    return {
      status: "error",
      fields: { url: `The URL ${url.error.issues[0]?.message ?? "is not valid"}.` },
      values: { url: raw.url ?? "" },
    };
  const refused = getEnv().WEBHOOK_ALLOW_PRIVATE ? null : privateHostReason(new URL(url.data).hostname);
  if (refused)
    return {
      status: "error",
      fields: { url: `The URL must point to a public address (${refused}).` },
      values: { url: raw.url ?? "" },
    };
  const existing = await getWebhook(db, user.id);
  await saveWebhook(db, user.id, url.data, existing?.secret ?? randomBytes(32).toString("base64url"));
  revalidatePath("/account");
  return { status: "ok", message: "Webhook saved." };
}
