// The signed-in user's follows, each with its private feed URLs (revocable), "Email me" and an
// unfollow button; above them, follows by email on or off.
import type { Metadata } from "next";
import { FollowItem } from "@/components/follows/follow-item";
import { FollowsDeliveryPanel } from "@/components/follows/follows-delivery-panel";
import { followsNotice } from "@/components/follows/notices";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listFollows } from "@/lib/db/follows";
import { getFollowsDelivery } from "@/lib/email/follows-delivery";
import { isMailConfigured } from "@/lib/email/mailer";
import { followFeedPaths, followPagePath } from "@/lib/follows/feed";
import { getAppUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Follows", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function FollowsPage({ searchParams }: Props) {
  const db = getDb();
  const user = await requireUser({ returnTo: "/follows" });
  const [follows, delivery] = await Promise.all([listFollows(db, user.id), getFollowsDelivery(db, user)]);
  const notice = followsNotice((await searchParams).notice);
  const base = getAppUrl();
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold tracking-tight">Follows</h1>
      <p className="mb-6 text-sm text-slate-600">
        Each follow has its own private feed (RSS, Atom, JSON Feed) for your reader. Anyone with the URL can read it, so
        treat it like a password: revoke it to get a new one.
      </p>
      {notice && (
        <p role="status" className="mb-4 rounded-md bg-indigo-50 p-3 text-sm text-indigo-900">
          {notice}
        </p>
      )}
      {follows.length > 0 && (
        <FollowsDeliveryPanel
          delivery={delivery}
          mailConfigured={isMailConfigured()}
          emailedCount={follows.filter((f) => f.email).length}
          addressConfirmed={user.emailVerified}
        />
      )}
      {follows.length === 0 ? (
        <p className="rounded-md bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
          You follow nothing yet. Use “Follow this topic” on a topic page or “Follow this search” on a search.
        </p>
      ) : (
        <ul className="space-y-3">
          {follows.map((f) => (
            <FollowItem
              key={f.id}
              follow={f}
              pagePath={followPagePath(f)}
              feeds={Object.entries(followFeedPaths(f)).map(([format, p]) => ({ format, url: `${base}${p}` }))}
            />
          ))}
        </ul>
      )}
    </>
  );
}
