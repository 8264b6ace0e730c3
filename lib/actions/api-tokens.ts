"use server";
// Personal API tokens on the account page: create (the token is in the answer, once, never again)
// and revoke. Plain form posts work without JavaScript.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { mintApiToken } from "@/lib/api/tokens";
import { requireUser } from "@/lib/auth/session";
import { createApiToken, MAX_TOKENS_PER_USER, revokeApiToken } from "@/lib/db/api-tokens";
import { getDb } from "@/lib/db/client";
import { ApiTokenIdSchema, ApiTokenNameSchema } from "@/lib/validation/api-tokens";
import { fieldErrors } from "@/lib/validation/auth";
import { formRecord, type FormState } from "./form-state";

export async function createApiTokenAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser({ returnTo: "/account" });
  const input = ApiTokenNameSchema.safeParse(formRecord(formData));
  if (!input.success)
    return { status: "error", message: "Please fix the field below.", fields: fieldErrors(input.error) };
  const { token, hash } = mintApiToken();
  if (!(await createApiToken(getDb(), user.id, input.data.name, hash))) {
    return { status: "error", message: `You have ${MAX_TOKENS_PER_USER} tokens already: revoke one first.` };
  }
  revalidatePath("/account");
  return {
    status: "ok",
    message: `Token “${input.data.name}” created. Copy it now: it is not shown again.`,
    values: { token },
  };
}

export async function revokeApiTokenAction(formData: FormData): Promise<void> {
  const user = await requireUser({ returnTo: "/account" });
  const input = ApiTokenIdSchema.safeParse(formRecord(formData));
  if (input.success) await revokeApiToken(getDb(), user.id, input.data.id);
  revalidatePath("/account");
  redirect("/account?notice=token-revoked#api-tokens-heading");
}
