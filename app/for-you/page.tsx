// For you: recent papers ranked by the signed-in reader's own model, with why and "Not interested".
import type { Metadata } from "next";
import { CatchUpBar } from "@/components/for-you/catch-up-bar";
import { PrivateFeed } from "@/components/for-you/private-feed";
import { ForYouNav } from "@/components/for-you/for-you-nav";
import { ForYouView } from "@/components/for-you/for-you-view";
import { HiddenNotice } from "@/components/for-you/hidden-notice";
import { MailSwitch } from "@/components/for-you/mail-switch";
import { requireUser } from "@/lib/auth/session";
import { listUserTags } from "@/lib/db/bookmarks";
import { getDb } from "@/lib/db/client";
import { listCollections } from "@/lib/db/collections";
import { listFollowedTopicSlugs } from "@/lib/db/follows";
import { getForYouMail } from "@/lib/db/for-you-mail";
import { getPaperTitle } from "@/lib/db/reader-signals";
import { currentForYouFeedPaths } from "@/lib/recs/feed";
import { listForYou } from "@/lib/recs/for-you";
import { ForYouParamsSchema, forYouPath } from "@/lib/recs/period";
import { PaperIdSchema } from "@/lib/validation/library";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "For you", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ForYouPage({ searchParams }: Props) {
  const db = getDb();
  const raw = await searchParams;
  const params = ForYouParamsSchema.parse(raw);
  const returnTo = forYouPath(params);
  const user = await requireUser({ returnTo });
  const [collections, tags, followed, mail, feeds] = await Promise.all([
    listCollections(db, user.id),
    listUserTags(db, user.id),
    listFollowedTopicSlugs(db, user.id),
    getForYouMail(db, user.id),
    currentForYouFeedPaths(db, user.id),
  ]);
  const collection = collections.find((c) => c.id === params.collection);
  const tag = tags.find((t) => t.name === params.tag)?.name;
  const scope = collection
    ? { kind: "collection" as const, collectionId: collection.id }
    : tag
      ? { kind: "tag" as const, tag }
      : { kind: "all" as const };
  const hiddenId = PaperIdSchema.safeParse(Array.isArray(raw.hidden) ? raw.hidden[0] : raw.hidden);
  const [result, hidden] = await Promise.all([
    listForYou(db, { userId: user.id, scope, period: params.period, onlyNew: params.new === "1" }),
    hiddenId.success ? getPaperTitle(db, hiddenId.data) : null,
  ]);
  return (
    <>
      <header className="mb-4">
        <h1 className="text-2xl font-bold tracking-tight">
          For you{collection ? `: more like “${collection.name}”` : tag ? `: more like #${tag}` : ""}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          Recent papers ranked by a model of what you saved and upvoted; “Not interested” (or <kbd>x</kbd>) teaches it
          too.
        </p>
        <PrivateFeed feeds={feeds} revoked={raw.notice === "feed-revoked"} />
        <MailSwitch mail={mail} />
      </header>
      {hidden && hiddenId.success && (
        <HiddenNotice paper={{ id: hiddenId.data, title: hidden.title }} returnTo={returnTo} />
      )}
      <ForYouNav params={params} collections={collections} tags={tags.map((t) => t.name)} />
      <CatchUpBar
        allHref={forYouPath({ ...params, new: undefined })}
        newHref={forYouPath({ ...params, new: "1" })}
        onlyNew={params.new === "1"}
      />
      <ForYouView
        result={result}
        period={params.period}
        followed={followed}
        scoped={scope.kind !== "all"}
        onlyNew={params.new === "1"}
        returnTo={returnTo}
      />
    </>
  );
}
