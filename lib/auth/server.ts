// The better-auth instance (email + password over the Prisma client; with SMTP, confirmed addresses
// and password reset: lib/auth/mail-options.ts). Built on first use so that `next build` never
// needs a secret or a database.
import "server-only";
import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { authDatabaseAdapter } from "@/lib/db/auth-adapter";
import { getDb } from "@/lib/db/client";
import { CLIENT_ADDRESS_HEADER } from "@/lib/edge/client-address";
import { isMailConfigured } from "@/lib/email/mailer";
import { getEnv } from "@/lib/env";
import { resolveAuthOrigins } from "@/lib/app-origins";
import { hideUnconfirmedSignIn, passwordOptions, verificationOptions } from "./mail-options";
import { loadOrCreateAuthSecret } from "./secret";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/auth";

function createAuth() {
  const env = getEnv();
  const { baseURL, trustedOrigins } = resolveAuthOrigins(env);
  const mail = isMailConfigured();
  return betterAuth({
    appName: "Paperboard",
    baseURL,
    basePath: "/api/auth",
    trustedOrigins,
    secret: env.AUTH_SECRET ?? loadOrCreateAuthSecret(env.DATA_DIR),
    database: authDatabaseAdapter(getDb()),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      ...passwordOptions(mail, { requestReset, markVerified }),
    },
    emailVerification: verificationOptions(mail),
    hooks: { after: hideUnconfirmedSignIn },
    // better-auth enables it in production only; on everywhere so dev and tests meet the same
    // limits. Sign-in, sign-up and change-password: 3 per 10 s per client address (its special
    // rule), on top of the app's own auth limit (lib/rate-limit).
    rateLimit: { enabled: true, storage: "memory" },
    telemetry: { enabled: false },
    // Cookies: httpOnly + SameSite=Lax by default; Secure (and __Secure- names) when baseURL is https.
    // Origin/CSRF checks pinned on: better-auth turns them off when NODE_ENV=test *or TEST is set*,
    // and vitest sets TEST=true in every process it spawns — tests/e2e/security.test.ts caught a
    // cross-site change-password succeeding that way.
    // The client address is the edge server's (lib/edge/client-address.ts), never X-Forwarded-For
    // as the client sent it.
    advanced: {
      disableOriginCheck: false,
      disableCSRFCheck: false,
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { paperboardAuth?: Auth };

export function getAuth(): Auth {
  globalForAuth.paperboardAuth ??= createAuth();
  return globalForAuth.paperboardAuth;
}

/** For the "someone tried to sign up with your address" mail: a reset link made the usual way. */
async function requestReset(email: string, redirectTo: string): Promise<void> {
  await getAuth().api.requestPasswordReset({ body: { email, redirectTo } });
}

async function markVerified(userId: string): Promise<void> {
  await (await getAuth().$context).internalAdapter.updateUser(userId, { emailVerified: true });
}
