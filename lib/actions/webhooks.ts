"use server";
// The account page's webhook form: save a URL (validated; a signing secret made on first save) or remove it.
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { getWebhook, removeWebhook, saveWebhook } from "@/lib/db/webhooks";
import { WebhookUrlSchema } from "@/lib/recs/webhook-payload";
import { formRecord, type FormState } from "./form-state";
import { getDb } from "@/lib/db/client";

export async function webhookFormAction(_state: FormState, formData: FormData): Promise<FormState> {
  const db = getDb();
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: "Your session has ended. Sign in again." };
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
  const existing = await getWebhook(db, user.id);
  await saveWebhook(db, user.id, url.data, existing?.secret ?? randomBytes(32).toString("base64url"));
  revalidatePath("/account");
  return { status: "ok", message: "Webhook saved." };
}
