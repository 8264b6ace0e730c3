// Topics are stored per paper when it is ingested. When the taxonomy's rules change (an upgrade), the
// papers already stored are reassigned, so topic pages, facets and "why this topic" follow the rules in
// force rather than those of the day each paper arrived.
import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { upsertTopics } from "@/lib/db/ingest-runs";
import { getAppState, listPapersForTopics, replacePaperTopics, setAppState } from "@/lib/db/paper-topics";
import type { TopicAssignment } from "@/lib/domain/taxonomy/rules";
import { TOPICS } from "@/lib/domain/taxonomy/topics";
import { assignTopics, MAX_TOPICS } from "./taxonomy";
import { FIELD_RULES } from "@/lib/domain/taxonomy/categories";
import { topicModelInfo } from "./topic-classifier";

const STATE_KEY = "taxonomy";
// Relations load with one bound parameter per paper: below the 999 Prisma allows SQLite.
const BATCH = 500;

/** Changes whenever a topic, a rule (text, category or field), the topic cap or the topic classifier changes. */
export function taxonomyFingerprint(): string {
  const fields = FIELD_RULES.map((r) => [String(r.match), r.fields]);
  return createHash("sha256")
    .update(JSON.stringify([TOPICS, fields, MAX_TOPICS, topicModelInfo().version]))
    .digest("base64url")
    .slice(0, 22);
}

export type Reassigned = { checked: number; changed: number };

/** Reassigns stored topics if the taxonomy changed since they were assigned; null when they are current. */
export async function ensureTopicsCurrent(db: Db): Promise<Reassigned | null> {
  const fingerprint = taxonomyFingerprint();
  if ((await getAppState(db, STATE_KEY)) === fingerprint) return null;
  const result = await reassignTopics(db);
  await setAppState(db, STATE_KEY, fingerprint);
  return result;
}

const sameTopics = (a: TopicAssignment[], b: TopicAssignment[]) => {
  const key = (ts: TopicAssignment[]) =>
    ts
      .map((t) => `${t.slug}\t${t.reason}`)
      .sort()
      .join("\n");
  return key(a) === key(b);
};

/** Recomputes every paper's topics, in batches; a changed paper is rewritten and queued for the search index. */
export async function reassignTopics(db: Db): Promise<Reassigned> {
  const topicIds = await upsertTopics(db, TOPICS);
  const slugOf = new Map([...topicIds].map(([slug, id]) => [id, slug]));
  let cursor: string | undefined;
  let checked = 0;
  let changed = 0;
  for (;;) {
    const papers = await listPapersForTopics(db, cursor, BATCH);
    if (papers.length === 0) return { checked, changed };
    cursor = papers.at(-1)!.id;
    checked += papers.length;
    const updates = papers.flatMap((p) => {
      const next = assignTopics(
        p.title,
        p.abstract,
        p.categories.map((c) => c.categoryId),
      );
      const current = p.topics.map((t) => ({ slug: slugOf.get(t.topicId) ?? "", reason: t.reason }));
      return sameTopics(current, next) ? [] : [{ id: p.id, topics: next }];
    });
    if (updates.length === 0) continue;
    await replacePaperTopics(
      db,
      updates.map((u) => ({
        id: u.id,
        topics: u.topics.map((t) => ({ topicId: topicIds.get(t.slug)!, reason: t.reason })),
      })),
    );
    changed += updates.length;
  }
}
