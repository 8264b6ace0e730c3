// The private For you feed's links, and a form to revoke them (a leaked URL shows recommendations to anyone).
import { FollowLinks } from "@/components/feeds/follow-links";
import { revokeForYouFeedAction } from "@/lib/actions/for-you";
import type { FeedFormat } from "@/lib/feeds/feed-path";

type Props = { feeds: Record<FeedFormat, string>; revoked: boolean };

export function PrivateFeed({ feeds, revoked }: Props) {
  return (
    <div className="flex flex-wrap items-end gap-x-3">
      <FollowLinks feeds={feeds} email={false} />
      <form action={revokeForYouFeedAction}>
        <button
          type="submit"
          className="inline-flex min-h-11 items-center rounded-md bg-white px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 sm:min-h-9"
        >
          Revoke feed URL
        </button>
      </form>
      <p role="status" className="basis-full text-sm text-slate-600">
        {revoked ? "The old feed URL no longer works; the links above are the new private ones." : ""}
      </p>
    </div>
  );
}
