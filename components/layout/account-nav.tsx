// Header links for the visitor: For you/Library/Account/Sign out when signed in, else Sign in. A page
// cached for everyone renders no reader: there the browser swaps in the signed-in links once it knows its
// reader (components/bookmarks/reader-state.ts), so the header never keeps a page out of the cache.
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ReaderMarker } from "@/components/bookmarks/reader-marker";
import { ReaderOnly } from "@/components/bookmarks/reader-only";
import { getCurrentUser } from "@/lib/auth/session";

const linkClass = "inline-flex min-h-11 items-center rounded px-1 text-slate-700 hover:text-indigo-700";

function SignedInLinks() {
  return (
    <>
      <Link href="/for-you" className={linkClass}>
        For you
      </Link>
      <Link href="/library" className={linkClass}>
        Library
      </Link>
      <Link href="/follows" className={linkClass}>
        Follows
      </Link>
      <Link href="/account" className={linkClass}>
        Account
      </Link>
      <SignOutButton className={`${linkClass} cursor-pointer`} />
    </>
  );
}

export async function AccountNav() {
  const user = await getCurrentUser();
  return (
    <nav aria-label="Account" className="flex flex-wrap items-center gap-x-4 text-sm font-medium">
      {user ? (
        <>
          <SignedInLinks />
          <ReaderMarker />
        </>
      ) : (
        <ReaderOnly
          signedIn={<SignedInLinks />}
          signedOut={
            <Link href="/sign-in" className={linkClass}>
              Sign in
            </Link>
          }
        />
      )}
    </nav>
  );
}
