// Sign out: a POST form to a server action (a link would let any page sign you out with a GET).
import { signOutAction } from "@/lib/actions/account";

export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className={className ?? "rounded-md border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100"}
      >
        Sign out
      </button>
    </form>
  );
}
