// The For you part of a digest mail: the reader's top recommendations among the period's papers, as
// one more section of their follows mail (rendered by lib/email like a follow's).
import "server-only";
import type { Db } from "@/lib/db/client";
import { listFeedPapersByIds } from "@/lib/db/feed-papers";
import type { FollowSection } from "./render-digest";
import { currentForYouFeedPaths } from "@/lib/recs/feed";
import { listForYou } from "@/lib/recs/for-you";

const IN_MAIL = 10;

/** [] when the reader is in cold start or nothing of the period is for them. */
export async function listForYouSections(
  db: Db,
  userId: string,
  range: { from: string; to: string },
  baseUrl: string,
): Promise<FollowSection[]> {
  const result = await listForYou(db, { userId, scope: { kind: "all" }, period: "week", range, limit: IN_MAIL });
  if (result.status !== "ready" || result.items.length === 0) return [];
  const papers = await listFeedPapersByIds(
    db,
    result.items.map((i) => i.card.id),
  );
  const byId = new Map(papers.map((p) => [p.id, p]));
  return [
    {
      kind: "for-you",
      label: "Recommended for you",
      moreUrl: `${baseUrl}/for-you`,
      feedUrl: `${baseUrl}${(await currentForYouFeedPaths(db, userId)).atom}`,
      papers: result.items.flatMap((i) => byId.get(i.card.id) ?? []),
      total: result.items.length,
    },
  ];
}
