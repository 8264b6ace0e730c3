// The vocabulary and paper vectors For you ranks with: fitted once over the collection and stored, then
// vectors computed for new papers on first use, so a page reads bytes instead of tokenising abstracts.
import "server-only";
import type { Db } from "@/lib/db/client";
import { paperTermCounts } from "@/lib/learn/features";
import { RECOMMENDATION_FEATURES } from "@/lib/learn/recommendation-features";
import {
  createDocumentFrequencyCounter,
  parseVocabulary,
  toVocabularyJson,
  type Vocabulary,
} from "@/lib/learn/vocabulary";
import { countPapers } from "@/lib/db/connection";
import {
  getCurrentVocabulary,
  getCurrentVocabularyDocuments,
  getCurrentVocabularyVersion,
  listPaperTextPage,
  listPaperTexts,
  listPaperVectors,
  savePaperVectors,
  saveVocabulary,
} from "@/lib/db/paper-vectors";
import { toPaperVectorBytes, vocabularyVersion } from "./vectorize";

export type Features = { version: string; vocabulary: Vocabulary };

/** Papers per read: their categories load as a second query binding every id, and SQLite through Prisma's adapter refuses more than 999 parameters. */
const PAGE = 500;

/**
 * Fits the vocabulary over every paper (one streamed pass), stores it and every paper's vector (a
 * second pass). Minutes at 300k papers: the app's background sync does it ahead (ensureFeaturesCurrent);
 * a page does it only for a small collection. Progress counts papers over both passes.
 */
export async function refitFeatures(
  db: Db,
  onProgress?: (p: { done: number; total: number }) => unknown,
): Promise<Features> {
  const total = 2 * (await countPapers(db));
  const counter = createDocumentFrequencyCounter();
  for (let after: string | null = null; ;) {
    const page = await listPaperTextPage(db, after, PAGE);
    if (page.length === 0) break;
    for (const p of page) counter.add(paperTermCounts(p, RECOMMENDATION_FEATURES).keys());
    after = page.at(-1)!.id;
    await onProgress?.({ done: Math.min(total, counter.documents), total });
  }
  const vocabulary = counter.fit(RECOMMENDATION_FEATURES);
  const json = toVocabularyJson(vocabulary);
  const version = vocabularyVersion(json);
  let done = counter.documents;
  for (let after: string | null = null; ;) {
    const page = await listPaperTextPage(db, after, PAGE);
    if (page.length === 0) break;
    await savePaperVectors(db, version, new Map(page.map((p) => [p.id, toPaperVectorBytes(p, vocabulary)])));
    after = page.at(-1)!.id;
    done += page.length;
    await onProgress?.({ done: Math.min(total, done), total });
  }
  await saveVocabulary(db, { version, documents: vocabulary.documents, json: JSON.stringify(json) });
  return { version, vocabulary };
}

/**
 * Refits when there is no vocabulary, or the collection has more than doubled since the fit (a
 * vocabulary fitted on a 98-paper seed knows nothing of the corpus imported after it). Returns
 * whether it refitted.
 */
export async function ensureFeaturesCurrent(
  db: Db,
  onProgress?: (p: { done: number; total: number }) => unknown,
): Promise<boolean> {
  const [stored, papers] = await Promise.all([getCurrentVocabularyDocuments(db), countPapers(db)]);
  if (papers === 0 || (stored !== null && papers <= 2 * stored)) return false;
  await refitFeatures(db, onProgress);
  return true;
}

/** Collections up to this size are fitted on first use; larger ones wait for the background sync. */
const FIT_ON_USE_MAX_PAPERS = 20_000;

/**
 * The current features; "fitting" while a large collection's are missing or outgrown (the background
 * sync fits them: a vocabulary of the 98-paper seed would rank a 300k import badly); null with no papers.
 */
export async function getFeaturesIfReady(
  db: Db,
  fitOnUseMax = FIT_ON_USE_MAX_PAPERS,
): Promise<Features | "fitting" | null> {
  const [documents, papers] = await Promise.all([getCurrentVocabularyDocuments(db), countPapers(db)]);
  const current = documents !== null && papers <= 2 * documents;
  if (!current && papers > fitOnUseMax) return "fitting";
  if (!current) await ensureFeaturesCurrent(db);
  return getFeatures(db);
}

const memo = globalThis as unknown as { paperboardRecsFeatures?: Promise<Features | null> };

async function loadOrFit(db: Db): Promise<Features | null> {
  const stored = await getCurrentVocabulary(db);
  if (stored) return { version: stored.version, vocabulary: parseVocabulary(JSON.parse(stored.json)) };
  if ((await countPapers(db)) === 0) return null;
  return refitFeatures(db);
}

/** The current features (parsed once per process; fitted on first use when none is stored), or null with no papers. */
export async function getFeatures(db: Db): Promise<Features | null> {
  const stored = await getCurrentVocabularyVersion(db);
  const cached = await memo.paperboardRecsFeatures?.catch(() => null);
  if (cached && cached.version === stored) return cached;
  memo.paperboardRecsFeatures = loadOrFit(db);
  memo.paperboardRecsFeatures.catch(() => {
    memo.paperboardRecsFeatures = undefined;
  });
  return memo.paperboardRecsFeatures;
}

/** The vectors of the given papers, computing and storing those missing or stale (new since the fit). */
export async function getVectorBytes(
  db: Db,
  ids: readonly string[],
  features: Features,
): Promise<Map<string, Uint8Array>> {
  const found = await listPaperVectors(db, ids, features.version);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length === 0) return found;
  const computed = new Map(
    (await listPaperTexts(db, missing)).map((p) => [p.id, toPaperVectorBytes(p, features.vocabulary)]),
  );
  await savePaperVectors(db, features.version, computed);
  for (const [id, bytes] of computed) found.set(id, bytes);
  return found;
}
