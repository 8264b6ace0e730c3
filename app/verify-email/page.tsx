// Where a confirmation mail's link lands: one button confirms the address and signs in (a POST —
// mail scanners open links, and a GET here changes nothing); then "done", with where to go next.
import type { Metadata } from "next";
import Link from "next/link";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { getCurrentUser } from "@/lib/auth/session";
import { ReturnPathSchema, VerifyTokenSchema } from "@/lib/validation/auth";
import { toParamRecord } from "@/lib/validation/params";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your email address", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const link = "font-medium text-indigo-700 hover:underline";

export default async function VerifyEmailPage({ searchParams }: Props) {
  const params = toParamRecord(await searchParams);
  const next = ReturnPathSchema.parse(params.next ?? "/");
  if (params.status === "done") {
    const user = await getCurrentUser();
    return (
      <div className="mx-auto max-w-sm space-y-4">
        <h1 className="text-2xl font-bold tracking-tight">Address confirmed</h1>
        <p role="status" className="text-slate-700">
          {user ? `You are signed in as ${user.email}.` : "Your address is confirmed: sign in with your password."}
        </p>
        <p className="text-sm">
          {user ? (
            <Link href={next} className={link}>
              Continue
            </Link>
          ) : (
            <Link href={`/sign-in?next=${encodeURIComponent(next)}`} className={link}>
              Sign in
            </Link>
          )}
        </p>
      </div>
    );
  }
  const token = VerifyTokenSchema.safeParse(params.token);
  return (
    <div className="mx-auto max-w-sm space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Confirm your email address</h1>
      {token.success ? (
        <>
          <p className="text-slate-700">Press the button to confirm the address this link was mailed to and sign in.</p>
          <VerifyEmailForm token={token.data} next={next} />
        </>
      ) : (
        <p role="alert" className="text-slate-700">
          This link does not work: it may have been copied incompletely.{" "}
          <Link href="/sign-in" className={link}>
            Sign in
          </Link>{" "}
          with your password to get a new one.
        </p>
      )}
    </div>
  );
}
