"use server";
// Bookmark and upvote server actions. Two entry points each: a form action for browsers without
// JavaScript (redirects back to the page) and a call returning a result for the optimistic buttons.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { revalidateBrowsePages } from "@/lib/cache/revalidate";
import { addBookmark, removeBookmark } from "@/lib/db/bookmarks";
import { getDb } from "@/lib/db/client";
import { setVote } from "@/lib/db/votes";
import { AppError } from "@/lib/errors";
import { ReturnPathSchema } from "@/lib/validation/auth";
import { BookmarkToggleSchema, PaperIdSchema } from "@/lib/validation/library";
import { z } from "zod";
import { formRecord } from "./form-state";

export type ToggleResult = { ok: true; on: boolean; count?: number } | { ok: false; message: string };

const VoteToggleSchema = z.object({
  paperId: PaperIdSchema,
  voted: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** The optimistic buttons' answer to a failed toggle: what to say, never a thrown error. */
function failure(error: unknown): ToggleResult {
  if (error instanceof AppError && error.code === "UNAUTHORIZED") return { ok: false, message: error.message };
  if (error instanceof AppError && error.code === "NOT_FOUND")
    return { ok: false, message: "That paper no longer exists." };
  console.error("[bookmarks] action failed", error);
  return { ok: false, message: "Could not save. Please try again." };
}

export async function setBookmark(paperId: string, saved: boolean): Promise<ToggleResult> {
  const input = BookmarkToggleSchema.safeParse({ paperId, saved: String(saved) });
  if (!input.success) return { ok: false, message: "Invalid request." };
  try {
    const user = await requireUser({ unauthorized: "Your session has ended. Sign in again to save papers." });
    const db = getDb();
    if (input.data.saved) await addBookmark(db, user.id, input.data.paperId);
    else await removeBookmark(db, user.id, input.data.paperId);
  } catch (error) {
    return failure(error);
  }
  revalidatePath("/library");
  revalidateBrowsePages(); // bookmarks count in the trending score
  return { ok: true, on: input.data.saved };
}

export async function setUpvote(paperId: string, voted: boolean): Promise<ToggleResult> {
  const input = VoteToggleSchema.safeParse({ paperId, voted: String(voted) });
  if (!input.success) return { ok: false, message: "Invalid request." };
  let count: number;
  try {
    const user = await requireUser({ unauthorized: "Your session has ended. Sign in again to upvote." });
    count = await setVote(getDb(), user.id, input.data.paperId, input.data.voted);
  } catch (error) {
    return failure(error);
  }
  revalidateBrowsePages();
  return { ok: true, on: input.data.voted, count };
}

/** No-JS path: anonymous → sign-in carrying the intent; else apply and go back. */
async function formToggle(formData: FormData, kind: "bookmark" | "vote"): Promise<never> {
  const raw = formRecord(formData);
  const back = ReturnPathSchema.parse(raw.returnTo);
  await requireUser({ returnTo: back, bookmark: kind === "bookmark" ? raw.paperId : undefined });
  const result =
    kind === "bookmark"
      ? await setBookmark(raw.paperId ?? "", raw.on === "true")
      : await setUpvote(raw.paperId ?? "", raw.on === "true");
  if (!result.ok) throw new AppError("BAD_REQUEST", result.message);
  redirect(back);
}

export async function bookmarkFormAction(formData: FormData): Promise<void> {
  await formToggle(formData, "bookmark");
}

export async function upvoteFormAction(formData: FormData): Promise<void> {
  await formToggle(formData, "vote");
}
