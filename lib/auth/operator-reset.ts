// A password reset by whoever runs the server, for when email is off and no reset link can be
// mailed (`npm run user:reset-password -- <email>`).
import "server-only";
import { randomBytes } from "node:crypto";
import { getAuth } from "./server";

/**
 * Gives the account a new random password, hashed as better-auth hashes any other, and signs out
 * its sessions. Returns the password to hand over (the user changes it on /account), or null when
 * no account has that address. The address is not marked confirmed: nobody opened a mail.
 */
export async function resetPasswordAsOperator(email: string): Promise<string | null> {
  const ctx = await getAuth().$context;
  const found = await ctx.internalAdapter.findUserByEmail(email.trim().toLowerCase(), { includeAccounts: true });
  if (!found) return null;
  const password = randomBytes(15).toString("base64url"); // 20 characters, 120 bits
  const hash = await ctx.password.hash(password);
  const userId = found.user.id;
  if (found.accounts.some((a) => a.providerId === "credential")) await ctx.internalAdapter.updatePassword(userId, hash);
  else await ctx.internalAdapter.createAccount({ userId, providerId: "credential", accountId: userId, password: hash });
  await ctx.internalAdapter.deleteUserSessions(userId);
  return password;
}
