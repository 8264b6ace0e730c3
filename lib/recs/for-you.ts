// For you: the period's recent papers ranked by the reader's model, each with why — the terms that
// weighed most and the saved papers closest to it.
import "server-only";
import type { Db } from "@/lib/db/client";
import { decodeVector } from "@/lib/learn/codec";
import { getLatestPaperDay } from "@/lib/db/paper-vectors";
import { listPapersByIds, type PaperCard } from "@/lib/db/papers";
import { listNewPaperIds } from "@/lib/db/seen-papers";
import { listPaperRefs, type PaperRef, type SignalScope } from "@/lib/db/reader-signals";
import { getCandidates } from "./candidates";
import { getFeatures } from "./features-store";
import { periodRange, type Period } from "./period";
import { getReader } from "./reader";
import { termLabel } from "./sampling";

export type Recommendation = { card: PaperCard; score: number; terms: string[]; because: PaperRef[] };

export type ForYou =
  | { status: "no-papers" }
  | { status: "cold"; positiveCount: number }
  | { status: "ready"; from: string; to: string; items: Recommendation[]; positiveCount: number };

export async function listForYou(
  db: Db,
  input: {
    userId: string;
    scope: SignalScope;
    period: Period;
    limit?: number;
    onlyNew?: boolean;
    /** Explicit days instead of the period (a digest mail's). */ range?: { from: string; to: string };
  },
): Promise<ForYou> {
  const [features, latest] = await Promise.all([getFeatures(db), getLatestPaperDay(db)]);
  if (!features || !latest) return { status: "no-papers" };
  const reader = await getReader(db, input.userId, input.scope, features);
  if (reader.status === "cold") return reader;
  const { from, to } = input.range ?? periodRange(input.period, latest);
  let candidates = (await getCandidates(db, features, from, to)).filter((c) => !reader.excluded.has(c.key));
  if (input.onlyNew) {
    const fresh = await listNewPaperIds(
      db,
      input.userId,
      candidates.map((c) => c.key),
    );
    candidates = candidates.filter((c) => fresh.has(c.key));
  }
  const bytes = new Map(candidates.map((c) => [c.key, c.bytes]));
  const ranked = reader.scorer.rank(candidates, input.limit ?? 30);
  const savedVectors = reader.positives.map((p) => p.vector);
  const whys = reader.scorer.explain(
    ranked.map((r) => decodeVector(bytes.get(r.key)!)),
    savedVectors,
  );
  const explained = ranked.map((r, k) => {
    const why = whys[k]!;
    return {
      id: r.key,
      score: r.score,
      terms: why.terms.map((t) => termLabel(t.term)),
      closest: why.closest.map((c) => reader.positives[c.index]!.id),
    };
  });
  const [cards, refs] = await Promise.all([
    listPapersByIds(
      db,
      explained.map((e) => e.id),
    ),
    listPaperRefs(db, [...new Set(explained.flatMap((e) => e.closest))]),
  ]);
  const byId = new Map(cards.map((c) => [c.id, c]));
  const items = explained.flatMap((e) => {
    const card = byId.get(e.id);
    return card
      ? [{ card, score: e.score, terms: e.terms, because: e.closest.flatMap((id) => refs.get(id) ?? []) }]
      : [];
  });
  return { status: "ready", from, to, items, positiveCount: reader.positives.length };
}
