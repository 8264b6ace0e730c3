// Confirms an address from the mailed link's token, for the button on /verify-email (never a GET:
// mail scanners open links). better-auth signs the person in; nextCookies() sets the cookie.
import "server-only";
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { getAuth } from "./server";

export type VerifyOutcome = "verified" | "expired" | "invalid";

/**
 * "verified" also for a link used before: the address stays confirmed, but only the first use
 * signs in (better-auth creates no session for an address already confirmed).
 */
export async function confirmEmailAddress(token: string): Promise<VerifyOutcome> {
  try {
    await getAuth().api.verifyEmail({ query: { token }, headers: await headers() });
    return "verified";
  } catch (error) {
    if (!isAPIError(error)) throw error;
    return (error.body as { code?: string } | undefined)?.code === "TOKEN_EXPIRED" ? "expired" : "invalid";
  }
}
