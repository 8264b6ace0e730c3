// Your account: who you are signed in as, whether the address is confirmed, change password, webhook, sign out.
import type { Metadata } from "next";
import { ApiTokens } from "@/components/account/api-tokens";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { WebhookForm } from "@/components/for-you/webhook-form";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { getWebhook } from "@/lib/db/webhooks";
import { isMailConfigured } from "@/lib/email/mailer";

export const metadata: Metadata = { title: "Account", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const notice = (await searchParams).notice;
  const user = await requireUser({ returnTo: "/account" });
  // Accounts from before email was configured (or before confirmation existed) may be unconfirmed.
  const unconfirmed = !user.emailVerified && isMailConfigured();
  const webhook = await getWebhook(getDb(), user.id);
  return (
    <div className="mx-auto max-w-sm space-y-8">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Account</h1>
        <p className="mt-1 text-sm text-slate-600">
          Signed in as {user.name} ({user.email})
        </p>
      </header>
      {unconfirmed && (
        <section
          aria-labelledby="confirm-heading"
          className="space-y-2 rounded-md bg-amber-50 p-4 text-sm text-amber-900"
        >
          <h2 id="confirm-heading" className="font-semibold">
            Your address is not confirmed
          </h2>
          <p role="status">
            {notice === "verification-sent"
              ? "A confirmation link is on its way."
              : "Follows by email ask for a confirmation link until it is."}
          </p>
          <ResendVerificationForm signedIn />
        </section>
      )}
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-lg font-semibold">
          Change password
        </h2>
        <p role="status" className="mb-3 text-sm text-emerald-700">
          {notice === "password-changed" ? "Password changed. Other sessions were signed out." : ""}
        </p>
        <ChangePasswordForm />
      </section>
      <ApiTokens userId={user.id} notice={typeof notice === "string" ? notice : undefined} />
      <section aria-labelledby="webhook-heading">
        <h2 id="webhook-heading" className="mb-3 text-lg font-semibold">
          Webhook
        </h2>
        <WebhookForm url={webhook?.url ?? null} secret={webhook?.secret ?? null} />
      </section>
      <SignOutButton />
    </div>
  );
}
