// What better-auth does with mail when SMTP is configured: sign-up that signs in nobody and answers
// alike for new and taken addresses, a confirmation link that signs in, password reset. Without
// SMTP none of it can work, and accounts stay as before (README: "When email is off").
import "server-only";
import type { BetterAuthOptions } from "better-auth";
import { createAuthMiddleware, isAPIError } from "better-auth/api";
import { RESET_TTL_HOURS, VERIFY_TTL_HOURS, sendAccountMailInBackground } from "@/lib/email/account-mail";
import { getAppUrl } from "@/lib/site-url";
import { ReturnPathSchema } from "@/lib/validation/auth";

/**
 * The redirectTo of the reset link asked for when a sign-up meets a taken address: it reaches the
 * mail hook inside better-auth's URL, and turns the reset mail into the "someone tried" one.
 */
export const SIGN_UP_ATTEMPT = "/sign-in?from=sign-up-attempt";

type MailHook = { user: { email: string }; url: string; token: string };
type Deps = {
  requestReset: (email: string, redirectTo: string) => Promise<void>;
  markVerified: (userId: string) => Promise<void>;
};

function callbackOf(url: string): string | null {
  try {
    return new URL(url).searchParams.get("callbackURL");
  } catch {
    return null;
  }
}

/**
 * Links go to our pages, not to better-auth's GET endpoints: each page is a form that POSTs, so a
 * mail scanner opening the link neither confirms the address (and signs in) nor spends the token.
 */
async function mailVerificationLink({ user, url, token }: MailHook): Promise<void> {
  const link = new URL("/verify-email", getAppUrl());
  link.searchParams.set("token", token);
  const next = ReturnPathSchema.parse(callbackOf(url) ?? "/");
  if (next !== "/") link.searchParams.set("next", next);
  sendAccountMailInBackground(user.email, { kind: "verify", url: link.href, expiresInHours: VERIFY_TTL_HOURS });
}

async function mailResetLink({ user, url, token }: MailHook): Promise<void> {
  const base = getAppUrl();
  const resetUrl = `${base}/reset-password?token=${encodeURIComponent(token)}`;
  if (callbackOf(url) === SIGN_UP_ATTEMPT) {
    sendAccountMailInBackground(user.email, {
      kind: "sign-up-attempt",
      resetUrl,
      signInUrl: `${base}/sign-in`,
      expiresInHours: RESET_TTL_HOURS,
    });
  } else {
    sendAccountMailInBackground(user.email, { kind: "reset", url: resetUrl, expiresInHours: RESET_TTL_HOURS });
  }
}

export function passwordOptions(
  mail: boolean,
  deps: Deps,
): Omit<NonNullable<BetterAuthOptions["emailAndPassword"]>, "enabled"> {
  if (!mail) return { autoSignIn: true, revokeSessionsOnPasswordReset: true };
  return {
    // Sign-up signs in nobody: a new address gets a confirmation link, a taken one (better-auth
    // answers with a made-up user, after the same password hash) the "someone tried" mail.
    autoSignIn: false,
    requireEmailVerification: true,
    revokeSessionsOnPasswordReset: true,
    resetPasswordTokenExpiresIn: RESET_TTL_HOURS * 3600,
    sendResetPassword: mailResetLink,
    onExistingUserSignUp: async ({ user }) => {
      deps
        .requestReset(user.email, SIGN_UP_ATTEMPT)
        .catch((error: unknown) => console.error("[auth] sign-up attempt mail failed", error));
    },
    // A reset link opened from the mailbox proves the address as well as a confirmation link does.
    onPasswordReset: async ({ user }) => deps.markVerified(user.id),
  };
}

export function verificationOptions(mail: boolean): BetterAuthOptions["emailVerification"] {
  if (!mail) return undefined;
  return {
    sendVerificationEmail: mailVerificationLink,
    sendOnSignUp: true,
    // An unconfirmed account that signs in with the right password gets a fresh link.
    sendOnSignIn: true,
    autoSignInAfterVerification: true,
    expiresIn: VERIFY_TTL_HOURS * 3600,
  };
}

/**
 * Sign-in with the right password to an unconfirmed account answers like a wrong password (401,
 * same body): otherwise signing up an address and then signing in with the password just chosen
 * would tell whether the address already had an account (its own password would not match).
 */
export const hideUnconfirmedSignIn = createAuthMiddleware(async (ctx) => {
  if (ctx.path !== "/sign-in/email") return;
  const returned = ctx.context.returned;
  if (isAPIError(returned) && (returned.body as { code?: string } | undefined)?.code === "EMAIL_NOT_VERIFIED") {
    // A Response, not a thrown APIError: better-auth keeps the endpoint's status (403) for errors
    // thrown by an after hook, and passes a Response through as it is.
    return Response.json(
      { message: "Invalid email or password", code: "INVALID_EMAIL_OR_PASSWORD" },
      { status: 401, statusText: "UNAUTHORIZED" },
    );
  }
});
