// Where the derived-data sync records how far it got, for /status: one AppState row, written by
// whichever process runs the sync (npm start's background work, an ingest, search:setup).
import "server-only";
import { z } from "zod";
import type { Db } from "./client";

const KEY = "derived-progress";

export const DerivedProgressSchema = z.object({
  /** What runs now, or ran last: topics re-derived → text features (vocabulary) → related papers → search index. */
  stage: z.enum(["topics", "features", "related", "search", "done", "failed"]),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  error: z.string().max(500).optional(),
});
export type DerivedProgress = z.infer<typeof DerivedProgressSchema>;

export async function writeDerivedProgress(db: Db, progress: DerivedProgress): Promise<void> {
  const value = JSON.stringify(progress);
  await db.appState.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } });
}

/** null before the first sync, or if the stored row does not parse (it is ours, but never trusted blindly). */
export async function readDerivedProgress(db: Db): Promise<DerivedProgress | null> {
  const row = await db.appState.findUnique({ where: { key: KEY } });
  if (!row) return null;
  try {
    const parsed = DerivedProgressSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
