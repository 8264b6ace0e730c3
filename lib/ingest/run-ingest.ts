// The only I/O step of ingestion: read → parse → validate → save (one transaction) → index.
import { readFile } from "node:fs/promises";
import type { Db } from "@/lib/db/client";
import { saveDigest, type SaveCounts } from "@/lib/db/digests";
import { finishIngestRun, startIngestRun } from "@/lib/db/ingest-runs";
import type { SearchTarget } from "@/lib/search/client";
import { applySearchSettings, syncSearchIndex } from "@/lib/search/indexing";
import { parseDigestText } from "./parse-digest-text";
import { TOPICS } from "./taxonomy";
import { toDigestInput } from "./to-digest-input";

export const DIGEST_TEXT_FORMAT = "digest-text";

export type IngestSummary = SaveCounts & {
  file: string;
  date: string;
  papers: number;
  /** Papers sent to the search index, or the reason indexing was deferred. */
  indexed: number | { deferred: string };
};

export async function runIngest(options: {
  db: Db;
  file: string;
  /** YYYY-MM-DD, overrides the digest's date line. */
  date?: string;
  today?: Date;
  /** null: store only (the next start or `npm run search:reindex` indexes). */
  search: SearchTarget | null;
}): Promise<IngestSummary> {
  const { db, file } = options;
  const runId = await startIngestRun(db, file, DIGEST_TEXT_FORMAT);
  let counts: SaveCounts;
  let digest;
  try {
    const text = await readFile(file, "utf8");
    const raw = parseDigestText(text, { file, today: options.today ?? new Date(), date: options.date });
    digest = toDigestInput(raw, DIGEST_TEXT_FORMAT, file);
    counts = await saveDigest(db, digest, TOPICS);
    await finishIngestRun(db, runId, { counts: { ...counts, rejected: 0 } });
  } catch (error) {
    await finishIngestRun(db, runId, { error: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  return { ...counts, file, date: digest.date, papers: digest.papers.length, indexed: await indexPending(db, options.search) };
}

/** Indexing is best-effort here: the database holds the papers, and pending ones are sent later. */
async function indexPending(db: Db, search: SearchTarget | null): Promise<number | { deferred: string }> {
  if (!search) return { deferred: "no search server configured" };
  try {
    await applySearchSettings(search);
    return await syncSearchIndex(db, search);
  } catch (error) {
    return { deferred: error instanceof Error ? error.message : String(error) };
  }
}
