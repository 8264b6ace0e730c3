// Your account: who you are signed in as, change password, sign out.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Account", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const changed = (await searchParams).notice === "password-changed";
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/account");
  return (
    <div className="mx-auto max-w-sm space-y-8">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Account</h1>
        <p className="mt-1 text-sm text-slate-600">Signed in as {user.name} ({user.email})</p>
      </header>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-lg font-semibold">Change password</h2>
        <p role="status" className="mb-3 text-sm text-emerald-700">{changed ? "Password changed. Other sessions were signed out." : ""}</p>
        <ChangePasswordForm />
      </section>
      <SignOutButton />
    </div>
  );
}
