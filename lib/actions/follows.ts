"use server";
// Follow server actions: follow (topic, search, author), unfollow, and revoke a follow's feed URL.
// Plain form actions: they work without JavaScript and redirect back with a notice code.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb, type Db } from "@/lib/db/client";
import { addFollow, removeFollow, rotateFollowToken } from "@/lib/db/follows";
import { AppError } from "@/lib/errors";
import { ReturnPathSchema } from "@/lib/validation/auth";
import { FollowIdSchema, FollowInputSchema } from "@/lib/validation/follows";
import { formRecord } from "./form-state";

export async function followAction(formData: FormData): Promise<never> {
  const raw = formRecord(formData);
  const back = ReturnPathSchema.parse(raw.returnTo ?? "/follows");
  const user = await requireUser({ returnTo: back });
  const input = FollowInputSchema.safeParse(raw);
  if (!input.success) redirect("/follows?notice=invalid");
  const follow = await addFollow(getDb(), user.id, input.data);
  revalidatePath("/follows");
  redirect(`/follows?notice=followed#follow-${follow.id}`);
}

async function change(
  formData: FormData,
  run: (db: Db, userId: string, id: string) => Promise<void>,
  notice: string,
): Promise<never> {
  const user = await requireUser({ returnTo: "/follows" });
  const id = FollowIdSchema.safeParse(formRecord(formData).id);
  if (!id.success) redirect("/follows?notice=invalid");
  try {
    await run(getDb(), user.id, id.data);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") redirect("/follows?notice=not-found");
    throw error;
  }
  revalidatePath("/follows");
  redirect(`/follows?notice=${notice}`);
}

export async function unfollowAction(formData: FormData): Promise<never> {
  return change(formData, removeFollow, "unfollowed");
}

export async function revokeFollowFeedAction(formData: FormData): Promise<never> {
  return change(formData, rotateFollowToken, "revoked");
}
