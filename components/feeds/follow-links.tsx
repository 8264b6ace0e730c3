// "Follow" links under a page heading: its feeds in three formats and the email digest.
import Link from "next/link";
import type { FeedFormat } from "@/lib/feeds/feed-path";

const LABELS: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };
// 44 px tap targets on phones, compact text links from the sm breakpoint up.
const TAP =
  "inline-flex min-h-11 min-w-11 items-center justify-center text-indigo-700 underline-offset-2 hover:underline sm:min-h-0 sm:min-w-0";

export function FollowLinks({ feeds, email = true }: { feeds: Record<FeedFormat, string>; email?: boolean }) {
  return (
    <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
      <span>Follow:</span>
      {(Object.keys(LABELS) as FeedFormat[]).map((f) => (
        <a key={f} href={feeds[f]} className={TAP}>
          {LABELS[f]}
        </a>
      ))}
      {email && (
        <Link href="/subscribe" className={TAP}>
          Email digest
        </Link>
      )}
    </p>
  );
}
