// The only I/O step of ingestion: open → detect → parse → validate → save in batches → index meanwhile.
// It orchestrates; the run's bookkeeping (counts, rejections, days, changed papers) is ingest-state.ts.
import type { Db } from "@/lib/db/client";
import { finishIngestRun, startIngestRun, upsertTopics } from "@/lib/db/ingest-runs";
import { type PaperWrite, savePaperBatch } from "@/lib/db/paper-writes";
import type { SearchTarget } from "@/lib/search/client";
import { createIndexFeed, type IndexFeed } from "@/lib/search/index-feed";
import { applySearchSettings } from "@/lib/search/indexing";
import { syncDerivedData } from "@/lib/ingest/derived-sync";
import { IngestError } from "./errors";
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from "./fetch-source";
import type { FormatName } from "./formats/detect";
import { readItems } from "./read-items";
import {
  type IngestProgress,
  type IngestState,
  type IngestSummary,
  recordBatch,
  requireUsable,
  startIngestState,
  takeItem,
  toIngestSummary,
} from "./ingest-state";
import { type ParsedItem, type SourceRecord, validateItem } from "./source-record";
import { type OpenedSource, openSource } from "./sources";
import { TOPICS } from "@/lib/domain/taxonomy/topics";
import { toPaperWrite } from "./to-paper-write";

/**
 * Related papers are computed by the ingest for at most this many pending papers (a model over every
 * paper: IDF needs them all). A digest or a day of Hugging Face papers stays far below this; a bulk
 * import leaves its papers pending, and the app computes them in the background (progress on /status).
 */
const SIMILAR_LIMIT = 20_000;
export type IngestOptions = {
  db: Db;
  /** A path, "-" for stdin, or an http(s) URL. */
  file: string;
  format?: FormatName;
  /** YYYY-MM-DD, overrides a one-day digest text's date line. */
  date?: string;
  today?: Date;
  /** null: store only (the next start or `npm run search:reindex` indexes). */
  search: SearchTarget | null;
  /** Any rejected record aborts the run before anything is written (reads the source twice). */
  strict?: boolean;
  /** Stop after this many records (benchmarks). */
  limit?: number;
  batchSize?: number;
  limits?: FetchLimits;
  onProgress?: (p: IngestProgress) => void;
  /** Records a caller already fetched and parsed (the sync, which fetches politely itself): `file` then
   *  only names them in errors and the run log. */
  parsed?: { format: FormatName; items: Iterable<ParsedItem> };
  /** Completes each validated record before it is stored (the sync keeps links a digest gave a paper). */
  mapRecord?: (record: SourceRecord) => SourceRecord;
  /** Store only: related papers and the index are left to the caller's one derived-data sync after
   *  many ingests (lib/ingest/derived-sync.ts). */
  deferIndexing?: boolean;
};

export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const { db, file } = options;
  const runId = await startIngestRun(db, file === "-" ? "stdin" : file, options.format ?? "auto");
  const state = startIngestState(options.format ?? "auto");
  try {
    if (options.strict) await checkStrict(options);
    const feed = options.deferIndexing ? "left to the caller" : await startFeed(db, options.search);
    const summary = await ingestAll(options, state, feed);
    await finishIngestRun(db, runId, { format: summary.format, counts: state.progress, rejections: state.rejections });
    return summary;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finishIngestRun(db, runId, {
      format: state.format,
      counts: state.progress,
      rejections: state.rejections,
      error: message,
    });
    throw error;
  }
}

/** Reads, validates and stores every record in batches (feeding the index as it goes), then derives. */
async function ingestAll(options: IngestOptions, state: IngestState, feed: IndexFeed | string): Promise<IngestSummary> {
  const { db } = options;
  const { file, format, items, source } = await openItems(options);
  state.format = format;
  const topicIds = await upsertTopics(db, TOPICS);
  let batch: PaperWrite[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await savePaperBatch(db, batch, topicIds);
    batch = [];
    if (typeof feed !== "string") await feed.send(result.changedIds);
    const read = { bytesRead: source?.bytesRead() ?? 0, totalBytes: source?.totalBytes ?? null };
    const progress = recordBatch(state, result, read, SIMILAR_LIMIT);
    options.onProgress?.(progress);
  };
  for await (const item of items) {
    const record = takeItem(state, item, file, options.limit);
    if (record === "limit") break;
    if (record === null) continue;
    batch.push(toPaperWrite(options.mapRecord ? options.mapRecord(record) : record, format));
    if (batch.length >= (options.batchSize ?? 500)) await flush();
  }
  requireUsable(state, file);
  await flush();
  const derived = options.deferIndexing
    ? { similar: "deferred" as const, indexed: { deferred: "left to the caller" } }
    : await finishDerived(db, options.search, feed, state.changed);
  return toIngestSummary(state, file, format, derived);
}

/** The items of an opened source (format detected unless given), or those the caller parsed. */
async function openItems(options: IngestOptions): Promise<{
  file: string;
  format: FormatName;
  items: AsyncIterable<ParsedItem> | Iterable<ParsedItem>;
  source: OpenedSource | null;
}> {
  if (options.parsed) return { file: options.file, ...options.parsed, source: null };
  const limits = options.limits ?? DEFAULT_FETCH_LIMITS;
  const source = await openSource(options.file, limits);
  const { format, items } = await readItems(source, {
    format: options.format,
    today: options.today ?? new Date(),
    date: options.date,
    limits,
  });
  return { file: source.name, format, items, source };
}

/** First pass of --strict: parse and validate everything, write nothing; any rejection aborts. */
async function checkStrict(options: IngestOptions): Promise<void> {
  if (options.file === "-")
    throw new IngestError(
      { file: "stdin", line: null, field: "--strict" },
      "--strict reads the source twice: pass a file or URL",
    );
  const limits = options.limits ?? DEFAULT_FETCH_LIMITS;
  const { items } = await readItems(await openSource(options.file, limits), {
    format: options.format,
    today: options.today ?? new Date(),
    date: options.date,
    limits,
  });
  let n = 0;
  for await (const item of items) {
    if (options.limit !== undefined && n++ >= options.limit) break;
    const v = validateItem(item);
    if (!v.ok)
      throw new IngestError(
        { file: options.file, line: v.rejection.at.line, field: v.rejection.field },
        `${v.rejection.at.record ? `${v.rejection.at.record}: ` : ""}${v.rejection.reason} (--strict: nothing written)`,
      );
  }
}

/** Settings go in before any document (changing them later re-indexes everything). */
async function startFeed(db: Db, search: SearchTarget | null): Promise<IndexFeed | string> {
  if (!search) return "no search server configured";
  try {
    await applySearchSettings(search);
    return createIndexFeed(db, search);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Waits for the index batches in flight, then runs the one derived-data sync: related papers (SQLite
 * only, so a search outage does not block them) for this ingest's papers, then anything still pending
 * in the index (e.g. from a killed run).
 */
async function finishDerived(
  db: Db,
  search: SearchTarget | null,
  feed: IndexFeed | string,
  changed: string[] | null,
): Promise<Pick<IngestSummary, "similar" | "indexed">> {
  let sent = 0;
  let deferred: string | null = typeof feed === "string" ? feed : null;
  if (typeof feed !== "string") {
    sent = await feed.drain();
    deferred = feed.deferred();
  }
  const result = await syncDerivedData(db, {
    search: deferred === null ? search : null,
    maxRelated: SIMILAR_LIMIT,
    ownIds: changed ?? [],
  });
  const similar = changed === null && result.relatedLeft > 0 ? "deferred" : result.related;
  if (deferred !== null) return { similar, indexed: { deferred } };
  return { similar, indexed: typeof result.indexed === "number" ? sent + result.indexed : result.indexed };
}
