"use server";
// "Not interested" and its Undo: form actions, so they work without JavaScript (the page redirects back
// with the hidden paper named, which shows the Undo notice) and with it (the same forms, enhanced).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { setForYouMail } from "@/lib/db/for-you-mail";
import { rotateForYouFeed } from "@/lib/db/for-you-feed";
import { addDismissal, removeDismissal } from "@/lib/db/reader-signals";
import { AppError } from "@/lib/errors";
import { ReturnPathSchema } from "@/lib/validation/auth";
import { PaperIdSchema } from "@/lib/validation/library";
import { formRecord } from "./form-state";

const DismissSchema = z.object({ paperId: PaperIdSchema, returnTo: ReturnPathSchema });

/** The return path with `hidden` set to the paper (or removed): the page shows the Undo notice from it. */
function withHidden(path: string, paperId: string | null): string {
  const url = new URL(path, "http://same.invalid");
  if (paperId) url.searchParams.set("hidden", paperId);
  else url.searchParams.delete("hidden");
  return `${url.pathname}${url.search}`;
}

async function parse(formData: FormData): Promise<{ userId: string; paperId: string; returnTo: string }> {
  const raw = formRecord(formData);
  const input = DismissSchema.safeParse(raw);
  const back = ReturnPathSchema.parse(raw.returnTo);
  const user = await requireUser({ returnTo: back });
  if (!input.success) throw new AppError("BAD_REQUEST", "Invalid request.");
  return { userId: user.id, paperId: input.data.paperId, returnTo: input.data.returnTo };
}

export async function dismissFormAction(formData: FormData): Promise<void> {
  const { userId, paperId, returnTo } = await parse(formData);
  await addDismissal(getDb(), userId, paperId);
  revalidatePath("/for-you");
  redirect(withHidden(returnTo, paperId));
}

export async function undoDismissFormAction(formData: FormData): Promise<void> {
  const { userId, paperId, returnTo } = await parse(formData);
  await removeDismissal(getDb(), userId, paperId);
  revalidatePath("/for-you");
  redirect(withHidden(returnTo, null));
}

/** The For you section of the account's follows mail: on or off (a form on /for-you). */
export async function forYouMailFormAction(formData: FormData): Promise<void> {
  const raw = formRecord(formData);
  const user = await requireUser({ returnTo: "/for-you" });
  await setForYouMail(getDb(), user.id, raw.on === "true");
  revalidatePath("/for-you");
  redirect("/for-you");
}

/** A new private feed URL: readers of the old one (a shared or leaked link) get nothing any more. */
export async function revokeForYouFeedAction(): Promise<void> {
  const user = await requireUser({ returnTo: "/for-you" });
  await rotateForYouFeed(getDb(), user.id);
  revalidatePath("/for-you");
  redirect("/for-you?notice=feed-revoked");
}
