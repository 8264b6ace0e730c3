// Who is asking: the signed-in user of the current request, for pages, actions and route handlers.
import "server-only";
import { headers } from "next/headers";
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
  return { id: session.user.id, name: session.user.name, email: session.user.email, emailVerified: session.user.emailVerified };
});

/** The signed-in user; throws AppError UNAUTHORIZED (401) for anonymous requests. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Sign in first.");
  return user;
}
