// Who is asking: the signed-in user of the current request, for pages, actions and route handlers.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { getAuth } from "./server";
import { hasSessionCookie } from "./session-cookie";

/** emailVerified: the address was proven by a mailed link (always false while email is off). */
export type CurrentUser = { id: string; name: string; email: string; emailVerified: boolean };

/** The signed-in user, or null. Cached per request (pages, layouts and cards share one lookup). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers();
  // No session cookie, no session: skip better-auth's lookup (most requests are anonymous).
  if (!hasSessionCookie(requestHeaders)) return null;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  return {
    id: session.user.id,
    name: session.user.name,
    email: session.user.email,
    emailVerified: session.user.emailVerified,
  };
});

/** Where an anonymous request goes: back to `returnTo` after signing in, saving `bookmark` on the way. */
export type SignInReturn = { returnTo: string; bookmark?: string };

/**
 * The one sign-in guard. Pages and form actions name where to come back to (`returnTo`): an anonymous
 * request is redirected to sign in and then back there. Route handlers and actions that answer a
 * script name what to tell the client (`unauthorized`): an anonymous request gets AppError
 * UNAUTHORIZED with that message (a 401 from a route; an action turns it into its own answer).
 */
export async function requireUser(
  anonymous: SignInReturn | { unauthorized: string } = { unauthorized: "Sign in first." },
): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  if ("returnTo" in anonymous) redirect(signInHref(anonymous));
  throw new AppError("UNAUTHORIZED", anonymous.unauthorized);
}

/** The sign-in page that returns to `returnTo`; a plain path stays readable, anything else is encoded. */
function signInHref({ returnTo, bookmark }: SignInReturn): string {
  const next = /^[A-Za-z0-9/_-]*$/.test(returnTo) ? returnTo : encodeURIComponent(returnTo);
  return `/sign-in?next=${next}${bookmark ? `&bookmark=${encodeURIComponent(bookmark)}` : ""}`;
}
