// Loads what every For you request reads — the parsed vocabulary, the pool the background sample is
// drawn from, the day's, week's and month's candidates — when the web process starts, instead of on
// the first reader's request (about 8 s at 300k papers, docs/recommendations.md). Only stored features:
// fitting them is the background sync's work (minutes at 300k), never a start's.
import "server-only";
import type { Db } from "@/lib/db/client";
import { getCurrentVocabularyVersion, getLatestPaperDay } from "@/lib/db/paper-vectors";
import { getCandidates } from "./candidates";
import { getFeatures } from "./features-store";
import { PERIODS, periodRange, type Period } from "./period";
import { warmVectorPool } from "./reader";

export type ForYouWarmth = { version: string; pool: number; candidates: Record<Period, number> };

/** Null when there is nothing stored to load (no papers, or features not fitted yet). */
export async function warmForYou(db: Db): Promise<ForYouWarmth | null> {
  const [version, latest] = await Promise.all([getCurrentVocabularyVersion(db), getLatestPaperDay(db)]);
  if (version === null || latest === null) return null;
  const features = await getFeatures(db);
  if (!features) return null;
  const pool = await warmVectorPool(db, features.version);
  const candidates = {} as Record<Period, number>;
  for (const period of PERIODS) {
    const { from, to } = periodRange(period, latest);
    candidates[period] = (await getCandidates(db, features, from, to)).length;
  }
  return { version: features.version, pool, candidates };
}
