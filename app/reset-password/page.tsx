// Password reset: ask for a link (the same answer for every address), then — from the mailed link —
// choose the new password. With email off, it says how the operator resets a password instead.
import type { Metadata } from "next";
import Link from "next/link";
import { NewPasswordForm } from "@/components/auth/new-password-form";
import { ResetRequestForm } from "@/components/auth/reset-request-form";
import { RESET_TTL_HOURS } from "@/lib/email/account-mail";
import { isMailConfigured } from "@/lib/email/mailer";
import { ResetTokenSchema } from "@/lib/validation/auth";
import { toParamRecord } from "@/lib/validation/params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reset your password", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Body({ params }: { params: Record<string, string> }) {
  if (params.token !== undefined) {
    const token = ResetTokenSchema.safeParse(params.token);
    if (!token.success)
      return (
        <p role="alert" className="text-slate-700">
          This link does not work: it may have been copied incompletely.{" "}
          <Link href="/reset-password" className="font-medium text-indigo-700 hover:underline">
            Ask for a new one
          </Link>
          .
        </p>
      );
    return <NewPasswordForm token={token.data} />;
  }
  if (!isMailConfigured()) {
    return (
      <p role="status" className="rounded-md bg-amber-50 p-4 text-sm text-amber-900">
        Email is off on this server, so no reset link can be mailed. Ask whoever runs it to reset your password (
        <code>npm run user:reset-password</code>).
      </p>
    );
  }
  if (params.status === "sent") {
    return (
      <div role="status" className="space-y-2 rounded-md bg-emerald-50 p-4 text-sm text-emerald-900">
        <p className="font-medium">Check your email.</p>
        <p>
          If an account uses that address, a link to choose a new password is on its way. It works once, for{" "}
          {RESET_TTL_HOURS} hour{RESET_TTL_HOURS === 1 ? "" : "s"}.
        </p>
      </div>
    );
  }
  return (
    <>
      <p className="text-sm text-slate-600">We will mail a link to choose a new password.</p>
      <ResetRequestForm />
    </>
  );
}

export default async function ResetPasswordPage({ searchParams }: Props) {
  const params = toParamRecord(await searchParams);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">
        {params.token !== undefined ? "Choose a new password" : "Reset your password"}
      </h1>
      <Body params={params} />
      <p className="text-sm text-slate-600">
        <Link href="/sign-in" className="font-medium text-indigo-700 hover:underline">
          Back to sign in
        </Link>
      </p>
    </div>
  );
}
