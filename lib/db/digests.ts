// Writes one validated digest in a single transaction: all of it lands, or none of it.
import "server-only";
import type { Db } from "./client";

/** What the db layer needs of a validated digest (lib/ingest's DigestInput satisfies it). */
export type DigestRecord = {
  date: string;
  source: string;
  papers: {
    id: string;
    slug: string;
    arxivId: string | null;
    title: string;
    abstract: string;
    rank: number;
    links: { url: string; kind: string }[];
    topics: { slug: string; reason: string }[];
  }[];
};
export type TopicDefinition = { slug: string; name: string; description: string };
export type SaveCounts = { created: number; updated: number; unchanged: number };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type PaperRecord = DigestRecord["papers"][number];

export async function saveDigest(db: Db, digest: DigestRecord, topics: TopicDefinition[]): Promise<SaveCounts> {
  return db.$transaction(
    async (tx) => {
      const topicIds = await upsertTopics(tx, topics);
      const row = await tx.digest.upsert({
        where: { date_source: { date: digest.date, source: digest.source } },
        create: { date: digest.date, source: digest.source, paperCount: digest.papers.length },
        update: { paperCount: digest.papers.length },
      });
      const counts: SaveCounts = { created: 0, updated: 0, unchanged: 0 };
      for (const paper of digest.papers) {
        counts[await savePaper(tx, paper, digest, topicIds)] += 1;
        await tx.digestEntry.upsert({
          where: { digestId_paperId: { digestId: row.id, paperId: paper.id } },
          create: { digestId: row.id, paperId: paper.id, rank: paper.rank },
          update: { rank: paper.rank },
        });
      }
      // A re-ingested digest that lost papers no longer lists them (the papers themselves stay).
      await tx.digestEntry.deleteMany({ where: { digestId: row.id, paperId: { notIn: digest.papers.map((p) => p.id) } } });
      return counts;
    },
    { timeout: 120_000 },
  );
}

async function upsertTopics(tx: Tx, topics: TopicDefinition[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const t of topics) {
    const row = await tx.topic.upsert({
      where: { slug: t.slug },
      create: { slug: t.slug, name: t.name, description: t.description },
      update: { name: t.name, description: t.description },
      select: { id: true },
    });
    ids.set(t.slug, row.id);
  }
  return ids;
}

async function savePaper(
  tx: Tx,
  paper: PaperRecord,
  digest: DigestRecord,
  topicIds: Map<string, number>,
): Promise<keyof SaveCounts> {
  const existing = await tx.paper.findUnique({
    where: { id: paper.id },
    include: { links: true, topics: { include: { topic: true } } },
  });
  // The paper's date and rank are those of its latest appearance.
  const isLatest = !existing || digest.date >= existing.digestDate;
  const fields = {
    arxivId: paper.arxivId ?? existing?.arxivId ?? null,
    title: paper.title,
    abstract: paper.abstract,
    digestDate: isLatest ? digest.date : existing.digestDate,
    rank: isLatest ? paper.rank : existing.rank,
    source: isLatest ? digest.source : existing.source,
  };
  const links = paper.links.map((l) => ({ url: l.url, kind: l.kind }));
  const topics = paper.topics.flatMap((t) => {
    const topicId = topicIds.get(t.slug);
    return topicId === undefined ? [] : [{ topicId, reason: t.reason }];
  });
  if (!existing) {
    await tx.paper.create({
      data: { id: paper.id, slug: paper.slug, ...fields, links: { create: links }, topics: { create: topics } },
    });
    return "created";
  }
  const same =
    Object.entries(fields).every(([k, v]) => existing[k as keyof typeof fields] === v) &&
    sameSet(existing.links.map((l) => `${l.kind} ${l.url}`), links.map((l) => `${l.kind} ${l.url}`)) &&
    sameSet(existing.topics.map((t) => `${t.topicId} ${t.reason}`), topics.map((t) => `${t.topicId} ${t.reason}`));
  if (same) return "unchanged";
  await tx.link.deleteMany({ where: { paperId: paper.id } });
  await tx.paperTopic.deleteMany({ where: { paperId: paper.id } });
  await tx.paper.update({
    where: { id: paper.id },
    data: { ...fields, updatedAt: new Date(), links: { create: links }, topics: { create: topics } },
  });
  return "updated";
}

function sameSet(a: string[], b: string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((x) => left.has(x));
}
