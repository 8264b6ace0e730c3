// "Follow" links under a page heading: its feeds in three formats and the email digest.
import Link from "next/link";
import type { FeedFormat } from "@/lib/feeds/feed-path";

const LABELS: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

export function FollowLinks({ feeds, email = true }: { feeds: Record<FeedFormat, string>; email?: boolean }) {
  return (
    <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600">
      <span>Follow:</span>
      {(Object.keys(LABELS) as FeedFormat[]).map((f) => (
        <a key={f} href={feeds[f]} className="text-indigo-700 underline-offset-2 hover:underline">
          {LABELS[f]}
        </a>
      ))}
      {email && (
        <Link href="/subscribe" className="text-indigo-700 underline-offset-2 hover:underline">
          Email digest
        </Link>
      )}
    </p>
  );
}
