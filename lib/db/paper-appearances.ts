// Digest appearances: every (digest day, source) a paper was listed in is kept, with its rank and
// the latest upvotes and comments, plus each earlier count seen (DigestEntryCount); the paper's
// digestDate/rank mirror its latest appearance.
import "server-only";
import { Prisma } from "./generated/client";
import type { Tx } from "./paper-rows";
import type { PaperWrite } from "./paper-writes";

type Outcome = { papersWithNewAppearance: Set<string>; changedIds: string[] };

export async function saveAppearances(tx: Tx, writes: PaperWrite[], now: Date): Promise<Outcome> {
  const listed = writes.flatMap((w) => (w.appearance ? [{ paperId: w.id, ...w.appearance }] : []));
  const outcome: Outcome = { papersWithNewAppearance: new Set(), changedIds: [] };
  if (listed.length === 0) return outcome;
  const digestIds = new Map<string, number>();
  for (const a of listed) {
    const key = `${a.date}|${a.source}`;
    if (digestIds.has(key)) continue;
    const row = await tx.digest.upsert({
      where: { date_source: { date: a.date, source: a.source } },
      create: { date: a.date, source: a.source, paperCount: 0 },
      update: {},
      select: { id: true },
    });
    digestIds.set(key, row.id);
  }
  const existing = await tx.digestEntry.findMany({
    where: { digestId: { in: [...digestIds.values()] }, paperId: { in: listed.map((a) => a.paperId) } },
  });
  const known = new Map(existing.map((e) => [`${e.digestId}|${e.paperId}`, e]));
  const seen = new Map<
    string,
    { digestId: number; paperId: string; seenAt: Date; upvotes: number | null; commentCount: number | null }
  >();
  for (const a of listed) {
    const digestId = digestIds.get(`${a.date}|${a.source}`)!;
    const entry = { digestId, paperId: a.paperId, rank: a.rank, upvotes: a.upvotes, commentCount: a.commentCount };
    const before = known.get(`${digestId}|${a.paperId}`);
    if (before && before.rank === a.rank && before.upvotes === a.upvotes && before.commentCount === a.commentCount)
      continue;
    await tx.digestEntry.upsert({
      where: { digestId_paperId: { digestId, paperId: a.paperId } },
      create: entry,
      update: entry,
    });
    // The entry holds the latest counts (trending ranks by them); the history keeps each one seen.
    const countsChanged = !before || before.upvotes !== a.upvotes || before.commentCount !== a.commentCount;
    if (countsChanged && (a.upvotes !== null || a.commentCount !== null)) {
      seen.set(`${digestId}|${a.paperId}`, {
        digestId,
        paperId: a.paperId,
        seenAt: now,
        upvotes: a.upvotes,
        commentCount: a.commentCount,
      });
    }
    known.set(`${digestId}|${a.paperId}`, entry);
    outcome.papersWithNewAppearance.add(a.paperId);
  }
  // One row per appearance and batch (the last count listed wins), in one statement.
  if (seen.size > 0) await tx.digestEntryCount.createMany({ data: [...seen.values()] });
  if (outcome.papersWithNewAppearance.size === 0) return outcome;
  const touched = [...digestIds.values()];
  await tx.$executeRaw`UPDATE "Digest" SET "paperCount" = (SELECT COUNT(*) FROM "DigestEntry" e WHERE e."digestId" = "Digest"."id") WHERE "id" IN (${Prisma.join(touched)})`;
  outcome.changedIds = await refreshLatest(tx, [...outcome.papersWithNewAppearance], now);
  return outcome;
}

/** Sets each paper's digestDate/rank to its latest appearance (newest day, then best rank); returns changed ids. */
async function refreshLatest(tx: Tx, paperIds: string[], now: Date): Promise<string[]> {
  const entries = await tx.digestEntry.findMany({
    where: { paperId: { in: paperIds } },
    select: { paperId: true, rank: true, digest: { select: { date: true, source: true } } },
    orderBy: [{ digest: { date: "desc" } }, { rank: "asc" }, { digest: { source: "asc" } }],
  });
  const papers = await tx.paper.findMany({
    where: { id: { in: paperIds } },
    select: { id: true, digestDate: true, rank: true },
  });
  const current = new Map(papers.map((p) => [p.id, p]));
  const changed: string[] = [];
  const done = new Set<string>();
  for (const e of entries) {
    if (done.has(e.paperId)) continue;
    done.add(e.paperId);
    const p = current.get(e.paperId);
    if (p && p.digestDate === e.digest.date && p.rank === e.rank) continue;
    await tx.paper.update({
      where: { id: e.paperId },
      data: { digestDate: e.digest.date, rank: e.rank, updatedAt: now },
    });
    changed.push(e.paperId);
  }
  return changed;
}
