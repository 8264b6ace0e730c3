"use server";
// The account actions behind mailed links: confirm an address, send a new confirmation link, ask
// for a password reset and set the new password. Plain forms post here, with or without JavaScript;
// each answers alike whether or not the address has an account.
import { redirect } from "next/navigation";
import { callAuthEndpoint, toAuthMessage } from "@/lib/auth/call-auth";
import { getCurrentUser } from "@/lib/auth/session";
import { confirmEmailAddress } from "@/lib/auth/verify-email";
import { EmailInputSchema, ResetPasswordInputSchema, VerifyEmailInputSchema, fieldErrors } from "@/lib/validation/auth";
import { formRecord, type FormState } from "./form-state";

const BROKEN_LINK =
  "This link does not work: it may have been copied incompletely. Sign in with your password to get a new one.";

export async function verifyEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = VerifyEmailInputSchema.safeParse(formRecord(formData));
  if (!input.success) return { status: "error", message: BROKEN_LINK };
  const outcome = await confirmEmailAddress(input.data.token);
  if (outcome === "expired")
    return {
      status: "error",
      message: "This link has expired. Sign in with your password and we will mail you a new one.",
    };
  if (outcome === "invalid") return { status: "error", message: BROKEN_LINK };
  const next = input.data.next === "/" ? "" : `&next=${encodeURIComponent(input.data.next)}`;
  redirect(`/verify-email?status=done${next}`);
}

/** "Send the link again": from the check-your-email page (anyone) or /account (the signed-in owner). */
export async function resendVerificationAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  const input = EmailInputSchema.safeParse(user ? { email: user.email } : formRecord(formData));
  if (input.success) {
    const result = await callAuthEndpoint("/send-verification-email", { email: input.data.email });
    if (!result.ok && result.status !== 429 && result.code !== "EMAIL_ALREADY_VERIFIED")
      console.error(`[auth] resend: ${result.status} ${result.code}`);
  }
  // Same answer for every address (and for a refusal): the page says a link is on its way if one can be.
  redirect(user ? "/account?notice=verification-sent" : "/sign-up/check-email?status=resent");
}

export async function requestPasswordResetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const raw = formRecord(formData);
  const input = EmailInputSchema.safeParse(raw);
  if (!input.success)
    return {
      status: "error",
      message: "Please fix the field below.",
      fields: fieldErrors(input.error),
      values: { email: raw.email ?? "" },
    };
  const result = await callAuthEndpoint("/request-password-reset", { email: input.data.email });
  if (!result.ok) return { status: "error", message: toAuthMessage(result), values: { email: input.data.email } };
  redirect("/reset-password?status=sent");
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const input = ResetPasswordInputSchema.safeParse(formRecord(formData));
  if (!input.success) {
    const fields = fieldErrors(input.error);
    return {
      status: "error",
      message: fields.token ? "This link does not work: ask for a new one." : "Please fix the field below.",
      fields,
    };
  }
  const result = await callAuthEndpoint("/reset-password", input.data);
  if (!result.ok) return { status: "error", message: toAuthMessage(result) };
  redirect("/sign-in?notice=password-reset");
}
