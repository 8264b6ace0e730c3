// Sign in; `next` (a same-site path) and `bookmark` (a paper to save) carry what the visitor was doing.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/auth/session";
import { intentQuery, parseSignInIntent } from "@/lib/validation/return-path";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

// A Map, not an object: `?notice=constructor` must find nothing.
const NOTICES: ReadonlyMap<string, string> = new Map([
  ["password-reset", "Your password was changed and every session signed out. Sign in with the new one."],
]);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const intent = parseSignInIntent(params);
  if (await getCurrentUser()) redirect(intent.next);
  const notice = typeof params.notice === "string" ? NOTICES.get(params.notice) : undefined;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-2 text-2xl font-bold tracking-tight">Sign in</h1>
      {notice && (
        <p role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          {notice}
        </p>
      )}
      {intent.bookmark && <p className="mb-4 text-sm text-slate-600">Sign in to save this paper to your library.</p>}
      <SignInForm next={intent.next} bookmark={intent.bookmark} />
      <p className="mt-6 text-sm text-slate-600">
        <Link href="/reset-password" className="font-medium text-indigo-700 hover:underline">
          Forgot your password?
        </Link>
      </p>
      <p className="mt-2 text-sm text-slate-600">
        New here?{" "}
        <Link href={`/sign-up?${intentQuery(intent)}`} className="font-medium text-indigo-700 hover:underline">
          Create an account
        </Link>
      </p>
    </div>
  );
}
