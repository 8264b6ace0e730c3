// The "From your follows" part of one subscriber's mail: per email-enabled follow, its new papers
// in the period. Follows shared by many readers are looked up once per run.
import "server-only";
import type { Db } from "@/lib/db/client";
import { listEmailFollows, listFollows } from "@/lib/db/follows";
import { followFeedPaths, followPagePath } from "@/lib/follows/feed";
import { listFollowPapersInPeriod, type FollowPeriodPapers } from "@/lib/follows/period-papers";
import type { Period } from "@/lib/domain/periods";
import type { FollowSection } from "./render-digest";

const PER_FOLLOW = 10;

export type FollowPapersCache = Map<string, Promise<FollowPeriodPapers>>;

/**
 * Sections for the follows with something new; [] when nothing is new (or none is mailed).
 * `email: false`: every follow, not only those switched to email (a webhook gets them all).
 */
export async function listFollowSections(
  db: Db,
  userId: string,
  period: Period,
  baseUrl: string,
  cache: FollowPapersCache,
  options: { email?: boolean } = {},
): Promise<FollowSection[]> {
  const follows = options.email === false ? await listFollows(db, userId) : await listEmailFollows(db, userId);
  const sections: FollowSection[] = [];
  for (const follow of follows) {
    const key = `${follow.kind}\u0000${follow.target}`;
    let found = cache.get(key);
    if (!found) cache.set(key, (found = listFollowPapersInPeriod(db, follow, period, PER_FOLLOW)));
    const { papers, total } = await found;
    if (papers.length === 0) continue;
    sections.push({
      kind: follow.kind,
      label: follow.label,
      moreUrl: `${baseUrl}${followPagePath(follow)}`,
      feedUrl: `${baseUrl}${followFeedPaths(follow).atom}`,
      papers,
      total,
    });
  }
  return sections;
}
