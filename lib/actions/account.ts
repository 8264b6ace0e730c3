"use server";
// Account server actions: sign up, sign in, sign out, change password. Forms post here with or
// without JavaScript; better-auth is reached through its handler (lib/auth/call-auth.ts). The
// mailed links' actions (confirm an address, reset a password) are in ./account-email.ts.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { callAuthEndpoint, toAuthMessage } from "@/lib/auth/call-auth";
import { requireUser } from "@/lib/auth/session";
import { READER_COOKIE } from "@/lib/cache/reader-cookie";
import { revalidateBrowsePages } from "@/lib/cache/revalidate";
import { addBookmark } from "@/lib/db/bookmarks";
import { getDb } from "@/lib/db/client";
import { isMailConfigured } from "@/lib/email/mailer";
import { ChangePasswordInputSchema, SignInInputSchema, SignUpInputSchema, fieldErrors } from "@/lib/validation/auth";
import { formRecord, type FormState } from "./form-state";

const SignedInSchema = z.object({ user: z.object({ id: z.string() }) });

/**
 * A new reader in this browser (or none): the per-reader state a cached page kept in memory belongs
 * to the old cookie's nonce and is dropped; the next page is rendered for whoever is signed in now.
 */
async function forgetReaderBrowser(): Promise<void> {
  (await cookies()).delete(READER_COOKIE);
}

/** After signing in: keep the bookmark the visitor asked for (unknown papers are skipped). */
async function finishSignIn(data: unknown, intent: string | undefined): Promise<void> {
  await forgetReaderBrowser();
  const parsed = SignedInSchema.safeParse(data);
  if (!parsed.success || !intent) return;
  await addBookmark(getDb(), parsed.data.user.id, intent).catch(() => null);
  revalidateBrowsePages();
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = formRecord(formData);
  const input = SignUpInputSchema.safeParse(raw);
  const values = { name: raw.name ?? "", email: raw.email ?? "" };
  if (!input.success)
    return { status: "error", message: "Please fix the fields below.", fields: fieldErrors(input.error), values };
  const { name, email, password, next, bookmark } = input.data;
  const mail = isMailConfigured();
  // With email on, `next` rides in the confirmation link (lib/auth/mail-options.ts).
  const result = await callAuthEndpoint("/sign-up/email", {
    name,
    email,
    password,
    ...(mail ? { callbackURL: next } : {}),
  });
  if (!result.ok) return { status: "error", message: toAuthMessage(result), values };
  // The same page whether the address was new or already had an account: each gets its own mail.
  if (mail) redirect("/sign-up/check-email");
  await finishSignIn(result.data, bookmark);
  redirect(next);
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = formRecord(formData);
  const input = SignInInputSchema.safeParse(raw);
  const values = { email: raw.email ?? "" };
  if (!input.success)
    return { status: "error", message: "Please fix the fields below.", fields: fieldErrors(input.error), values };
  const { email, password, next, bookmark } = input.data;
  const result = await callAuthEndpoint("/sign-in/email", { email, password });
  if (!result.ok) return { status: "error", message: toAuthMessage(result), values };
  await finishSignIn(result.data, bookmark);
  redirect(next);
}

export async function signOutAction(): Promise<void> {
  await callAuthEndpoint("/sign-out", {});
  await forgetReaderBrowser();
  redirect("/");
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireUser({ returnTo: "/account" });
  const input = ChangePasswordInputSchema.safeParse(formRecord(formData));
  if (!input.success)
    return { status: "error", message: "Please fix the fields below.", fields: fieldErrors(input.error) };
  const result = await callAuthEndpoint("/change-password", { ...input.data, revokeOtherSessions: true });
  if (!result.ok) return { status: "error", message: toAuthMessage(result) };
  // Redirect rather than return a message: the new session cookie set above makes Next re-render
  // the route, and the form's action state did not survive that (e2e: account-and-citations).
  redirect("/account?notice=password-changed");
}
