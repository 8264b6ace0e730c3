// Header links for the visitor: For you/Library/Account/Sign out when signed in, else Sign in.
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/session";

const linkClass = "inline-flex min-h-11 items-center rounded px-1 text-slate-700 hover:text-indigo-700";

export async function AccountNav() {
  const user = await getCurrentUser();
  return (
    <nav aria-label="Account" className="flex items-center gap-4 text-sm font-medium">
      {user ? (
        <>
          <Link href="/for-you" className={linkClass}>For you</Link>
          <Link href="/library" className={linkClass}>Library</Link>
          <Link href="/follows" className={linkClass}>Follows</Link>
          <Link href="/account" className={linkClass}>Account</Link>
          <SignOutButton className={`${linkClass} cursor-pointer`} />
        </>
      ) : (
        <Link href="/sign-in" className={linkClass}>Sign in</Link>
      )}
    </nav>
  );
}
