// "Follow" for a topic, a search or an author: a plain form posting to a server action (works without JS).
import { followAction } from "@/lib/actions/follows";
import type { FollowKind } from "@/lib/db/follows";

type Props = { kind: FollowKind; target: string; label: string; returnTo: string };

export function FollowButton({ kind, target, label, returnTo }: Props) {
  return (
    <form action={followAction} className="inline">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="label" value={label} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        className="inline-flex min-h-11 items-center rounded-md bg-white px-3 text-sm font-medium text-indigo-700 ring-1 ring-slate-200 hover:bg-indigo-50"
      >
        Follow {kind === "search" ? "this search" : kind === "author" ? "this author" : "this topic"}
      </button>
    </form>
  );
}
