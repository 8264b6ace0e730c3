// One follow: what it is, its private feed URLs, "Email me", and forms to revoke the URLs or unfollow.
import Link from "next/link";
import { revokeFollowFeedAction, unfollowAction } from "@/lib/actions/follows";
import type { FollowRow } from "@/lib/db/follows";
import { EmailToggle } from "./email-toggle";

const KIND_LABELS = { topic: "Topic", search: "Search", author: "Author" } as const;

const button =
  "inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium ring-1 ring-slate-200 hover:bg-slate-50";

type Props = { follow: FollowRow; pagePath: string; feeds: { format: string; url: string }[] };

export function FollowItem({ follow, pagePath, feeds }: Props) {
  return (
    <li id={`follow-${follow.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{KIND_LABELS[follow.kind]}</p>
      <p className="font-semibold">
        <Link href={pagePath} className="text-slate-900 hover:text-indigo-700 hover:underline">
          {follow.label}
        </Link>
      </p>
      <dl className="mt-2 space-y-1 text-xs">
        {feeds.map((f) => (
          <div key={f.format} className="flex flex-col sm:flex-row sm:gap-2">
            <dt className="w-12 shrink-0 font-medium uppercase text-slate-600">{f.format}</dt>
            <dd className="min-w-0 break-all font-mono text-slate-700">{f.url}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-3 flex flex-wrap gap-2">
        <EmailToggle followId={follow.id} initialOn={follow.email} />
        <form action={revokeFollowFeedAction}>
          <input type="hidden" name="id" value={follow.id} />
          <button type="submit" className={`${button} text-slate-700`}>
            Revoke feed URL
          </button>
        </form>
        <form action={unfollowAction}>
          <input type="hidden" name="id" value={follow.id} />
          <button type="submit" className={`${button} text-red-700`}>
            Unfollow
          </button>
        </form>
      </div>
    </li>
  );
}
