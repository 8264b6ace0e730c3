// Create an account (email + password), keeping where the visitor came from.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getCurrentUser } from "@/lib/auth/session";
import { isMailConfigured } from "@/lib/email/mailer";
import { intentQuery, parseSignInIntent } from "@/lib/validation/return-path";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const intent = parseSignInIntent(await searchParams);
  if (await getCurrentUser()) redirect(intent.next);
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-bold tracking-tight">Create an account</h1>
      {isMailConfigured() && (
        <p className="mb-4 text-sm text-slate-600">
          We will mail you a link to confirm your address; you are signed in once you open it.
        </p>
      )}
      <SignUpForm next={intent.next} bookmark={intent.bookmark} />
      <p className="mt-6 text-sm text-slate-600">
        Have an account?{" "}
        <Link href={`/sign-in?${intentQuery(intent)}`} className="font-medium text-indigo-700 hover:underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
