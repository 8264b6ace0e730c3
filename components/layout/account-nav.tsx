// Header links for the visitor: Library/Account/Sign out when signed in, else Sign in.
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/auth/session";

const linkClass = "rounded px-1 py-2 text-slate-700 hover:text-indigo-700";

export async function AccountNav() {
  const user = await getCurrentUser();
  return (
    <nav aria-label="Account" className="flex items-center gap-4 text-sm font-medium">
      {user ? (
        <>
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
