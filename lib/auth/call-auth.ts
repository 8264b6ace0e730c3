// Server actions reach better-auth through its HTTP handler, not `auth.api.*`: only the handler
// runs its rate limiter and origin check, and the no-JS forms must get both.
import "server-only";
import { parseSetCookieHeader, toCookieOptions } from "better-auth/cookies";
import { cookies, headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/lib/edge/client-address";
import { isMailConfigured } from "@/lib/email/mailer";
import { getAuth } from "./server";

export type AuthCallResult = { ok: true; data: unknown } | { ok: false; status: number; code: string; message: string };

// The client address goes along so better-auth's limiter counts the person, not this server.
const FORWARDED = ["cookie", "origin", "referer", "user-agent", CLIENT_ADDRESS_HEADER, "sec-fetch-site"];

/** POSTs JSON to a better-auth endpoint as the current request's client, applying its cookies. */
export async function callAuthEndpoint(endpoint: string, body: Record<string, unknown>): Promise<AuthCallResult> {
  const auth = getAuth();
  const incoming = await headers();
  const forwarded = new Headers({ "content-type": "application/json" });
  for (const name of FORWARDED) {
    const value = incoming.get(name);
    if (value !== null) forwarded.set(name, value);
  }
  const url = new URL(`/api/auth${endpoint}`, auth.options.baseURL as string);
  const response = await auth.handler(
    new Request(url, { method: "POST", headers: forwarded, body: JSON.stringify(body) }),
  );

  const setCookie = response.headers.get("set-cookie");
  if (setCookie) {
    const jar = await cookies();
    for (const [name, attributes] of parseSetCookieHeader(setCookie)) {
      const { sameSite, ...options } = toCookieOptions(attributes);
      jar.set(name, attributes.value, {
        ...options,
        sameSite: sameSite?.toLowerCase() as "lax" | "strict" | "none" | undefined,
      });
    }
  }
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, data };
  const error = (data ?? {}) as { code?: string; message?: string };
  return {
    ok: false,
    status: response.status,
    code: error.code ?? String(response.status),
    message: error.message ?? response.statusText,
  };
}

/** A message a person can act on, for the status codes the account forms meet. */
export function toAuthMessage(result: Extract<AuthCallResult, { ok: false }>): string {
  if (result.status === 429) return "Too many attempts from your address. Wait a few seconds and try again.";
  // With email on, an unconfirmed account's sign-in gets this answer too (lib/auth/mail-options.ts).
  if (result.code === "INVALID_EMAIL_OR_PASSWORD")
    return isMailConfigured()
      ? "Email or password is incorrect. A new account can sign in once its address is confirmed: look for our mail."
      : "Email or password is incorrect.";
  if (result.code === "INVALID_TOKEN") return "This link has expired or was already used. Ask for a new one.";
  if (result.code === "RESET_PASSWORD_DISABLED" || result.code === "VERIFICATION_EMAIL_NOT_ENABLED")
    return "Email is off on this server.";
  if (result.code === "USER_ALREADY_EXISTS" || result.code === "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL")
    return "An account with this email already exists. Sign in instead.";
  if (result.code === "INVALID_PASSWORD") return "Your current password is incorrect.";
  if (result.status === 403) return "This request was refused (it did not come from this site).";
  console.error(`[auth] ${result.status} ${result.code}: ${result.message}`);
  return "Something went wrong. Please try again.";
}
