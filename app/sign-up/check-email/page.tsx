// After sign-up with email on: the same page whether the address was new or already had an account
// (each gets its own mail), so the answer never tells which.
import type { Metadata } from "next";
import Link from "next/link";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { VERIFY_TTL_HOURS } from "@/lib/email/account-mail";
import { toParamRecord } from "@/lib/validation/params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckEmailPage({ searchParams }: Props) {
  const resent = toParamRecord(await searchParams).status === "resent";
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Check your email</h1>
      <div role="status" className="space-y-2 rounded-md bg-emerald-50 p-4 text-sm text-emerald-900">
        <p className="font-medium">
          {resent
            ? "If that address is waiting for confirmation, a new link is on its way."
            : "To continue, open the link we mailed you."}
        </p>
        <p>
          A new account gets a link to confirm its address (valid {VERIFY_TTL_HOURS} hours); you are signed in once you
          confirm. If the address already has an account, the mail says so and helps you sign in.
        </p>
      </div>
      <section aria-labelledby="resend-heading" className="space-y-2">
        <h2 id="resend-heading" className="text-lg font-semibold">
          No mail?
        </h2>
        <p className="text-sm text-slate-600">Look in the spam folder first. Then:</p>
        <ResendVerificationForm signedIn={false} />
      </section>
      <p className="text-sm text-slate-600">
        <Link href="/sign-in" className="font-medium text-indigo-700 hover:underline">
          Sign in
        </Link>{" "}
        ·{" "}
        <Link href="/reset-password" className="font-medium text-indigo-700 hover:underline">
          Forgot your password?
        </Link>
      </p>
    </div>
  );
}
