// zod schemas for the account forms, shared by the forms (limits, field names) and the server actions.
import { z } from "zod";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

const email = z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address").max(254));
const password = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

/**
 * A same-site relative path to return to after signing in. Anything else (absolute URLs,
 * protocol-relative `//evil`, backslashes, control characters) becomes "/": an open redirect
 * would let a link on another site bounce users anywhere through our sign-in page.
 */
export const ReturnPathSchema = z.preprocess((v) => {
  // eslint-disable-next-line no-control-regex -- a return path holding control characters is refused
  if (typeof v !== "string" || !v.startsWith("/") || v.startsWith("//") || /[\\\u0000-\u001f]/.test(v)) return "/";
  const url = new URL(v, "http://same.invalid");
  return url.origin === "http://same.invalid" ? `${url.pathname}${url.search}${url.hash}` : "/";
}, z.string().max(2000).catch("/"));

/** A paper id carried through sign-in as the intent to bookmark it. */
const paperIntent = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/)
    .optional(),
);

export const SignUpInputSchema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(80),
  email,
  password,
  next: ReturnPathSchema,
  bookmark: paperIntent.catch(undefined),
});

export const SignInInputSchema = z.object({
  email,
  password: z.string().min(1, "Enter your password").max(PASSWORD_MAX),
  next: ReturnPathSchema,
  bookmark: paperIntent.catch(undefined),
});

export const ChangePasswordInputSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(PASSWORD_MAX),
    newPassword: password,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: "Choose a different password",
  });

export const EmailInputSchema = z.object({ email });

/** better-auth's reset token (24 letters and digits today; some room for a change). */
export const ResetTokenSchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/, "is not a valid link");

export const ResetPasswordInputSchema = z.object({ token: ResetTokenSchema, newPassword: password });

/** better-auth's confirmation token: a signed JWT (three base64url parts). */
export const VerifyTokenSchema = z
  .string()
  .max(2000)
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, "is not a valid link");

export const VerifyEmailInputSchema = z.object({ token: VerifyTokenSchema, next: ReturnPathSchema });

/** Field → first message, for forms. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
