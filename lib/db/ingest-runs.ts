// The ingest log: every attempt is recorded with its outcome (shown on /status).
import "server-only";
import type { Db } from "./client";

export type RunCounts = { created: number; updated: number; unchanged: number; rejected: number };
export type RunOutcome = {
  format: string;
  counts: RunCounts;
  /** The first rejections, "file:line: field: reason". */
  rejections: string[];
  error?: string;
};

/** A run killed before it finished stays "running": its finishedAt is null (a killed ingest shows as such). */
export async function startIngestRun(db: Db, source: string, format: string): Promise<number> {
  const run = await db.ingestRun.create({ data: { source, format, status: "running" }, select: { id: true } });
  return run.id;
}

export async function finishIngestRun(db: Db, id: number, outcome: RunOutcome): Promise<void> {
  const { created, updated, unchanged, rejected } = outcome.counts;
  await db.ingestRun.update({
    where: { id },
    data: {
      status: outcome.error === undefined ? "succeeded" : "failed",
      finishedAt: new Date(),
      format: outcome.format,
      created,
      updated,
      unchanged,
      rejected,
      records: created + updated + unchanged + rejected,
      rejections: outcome.rejections.join("\n"),
      error: outcome.error ?? null,
    },
  });
}

export type TopicDefinition = { slug: string; name: string; description: string };

/** Creates or refreshes the taxonomy's topics; returns their ids by slug. Writes only what differs:
 *  the sync calls this once per fetched page. */
export async function upsertTopics(db: Db, topics: TopicDefinition[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const stored = new Map(
    (await db.topic.findMany({ select: { id: true, slug: true, name: true, description: true } })).map((t) => [
      t.slug,
      t,
    ]),
  );
  for (const t of topics) {
    const same = stored.get(t.slug);
    if (same && same.name === t.name && same.description === t.description) {
      ids.set(t.slug, same.id);
      continue;
    }
    const row = await db.topic.upsert({
      where: { slug: t.slug },
      create: { slug: t.slug, name: t.name, description: t.description },
      update: { name: t.name, description: t.description },
      select: { id: true },
    });
    ids.set(t.slug, row.id);
  }
  return ids;
}
