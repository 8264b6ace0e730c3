// `npm run user:reset-password -- <email>`: prints a new random password for that account and signs
// out its sessions — the way to reset a password when email is off (see lib/auth/operator-reset.ts).
import { resetPasswordAsOperator } from "@/lib/auth/operator-reset";
import { getDb } from "@/lib/db/client";
import { prepareDatabase } from "@/lib/db/setup";
import { getEnv } from "@/lib/env";
import { EmailInputSchema } from "@/lib/validation/auth";
import { closeDb } from "@/lib/db/connection";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const input = EmailInputSchema.safeParse({ email: args[0] });
  if (args.length !== 1 || !input.success) {
    console.error("usage: npm run user:reset-password -- <email>");
    process.exitCode = 2;
    return;
  }
  await prepareDatabase(getEnv().DATABASE);
  try {
    const password = await resetPasswordAsOperator(input.data.email);
    if (password === null) {
      console.error(`No account has the address ${input.data.email}.`);
      process.exitCode = 1;
      return;
    }
    console.log(`New password for ${input.data.email}: ${password}`);
    console.log("Its sessions are signed out. Hand it over privately; it can be changed on /account.");
  } finally {
    await closeDb(getDb());
  }
}

main().catch((error: unknown) => {
  console.error(`user:reset-password: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
