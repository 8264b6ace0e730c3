"use server";
// Catch-up actions: cards seen in a list (batched by the SeenTracker island) and "mark all as seen".
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { markAllSeen, markPapersSeenBySlug, MAX_SEEN_PER_CALL } from "@/lib/db/seen-papers";
import { ReturnPathSchema } from "@/lib/validation/auth";
import { formRecord } from "./form-state";

const SlugsSchema = z.array(z.string().regex(/^[A-Za-z0-9._-]{1,300}$/)).max(MAX_SEEN_PER_CALL);

/**
 * Records cards the reader had on screen; anonymous or malformed batches are ignored (nothing to answer:
 * the tracker reports in the background, so a signed-out reader is not a failure but nobody to record for).
 */
export async function reportSeen(slugs: unknown): Promise<{ recorded: number }> {
  const input = SlugsSchema.safeParse(slugs);
  if (!input.success) return { recorded: 0 };
  const user = await getCurrentUser();
  if (!user) return { recorded: 0 };
  return { recorded: await markPapersSeenBySlug(getDb(), user.id, input.data) };
}

export async function markAllSeenFormAction(formData: FormData): Promise<void> {
  const back = ReturnPathSchema.parse(formRecord(formData).returnTo);
  const user = await requireUser({ returnTo: back });
  await markAllSeen(getDb(), user.id);
  revalidatePath("/", "layout");
  redirect(back);
}
