// The only I/O step of ingestion: open → detect → parse → validate → save in batches → index meanwhile.
import type { Db } from "@/lib/db/client";
import { finishIngestRun, startIngestRun, upsertTopics } from "@/lib/db/ingest-runs";
import { type PaperWrite, savePaperBatch, type SaveCounts } from "@/lib/db/paper-writes";
import type { SearchTarget } from "@/lib/search/client";
import { createIndexFeed, type IndexFeed } from "@/lib/search/index-feed";
import { applySearchSettings } from "@/lib/search/indexing";
import { syncDerivedData } from "@/lib/ingest/derived-sync";
import { IngestError } from "./errors";
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from "./fetch-source";
import type { FormatName } from "./formats/detect";
import { readItems } from "./read-items";
import { describeRejection, type ParsedItem, type SourceRecord, validateItem } from "./source-record";
import { type OpenedSource, openSource } from "./sources";
import { TOPICS } from "@/lib/domain/taxonomy/topics";
import { toPaperWrite } from "./to-paper-write";

export type IngestProgress = SaveCounts & {
  records: number;
  rejected: number;
  bytesRead: number;
  totalBytes: number | null;
};
export type IngestSummary = IngestProgress & {
  file: string;
  format: FormatName;
  /** Digest days the source listed papers for, in order (empty for catalogue formats). */
  days: string[];
  /** First digest day, kept for callers that ingest one digest (start.ts). */
  date: string | null;
  papers: number;
  rejections: string[];
  /** Papers sent to the search index, or the reason indexing was deferred. */
  indexed: number | { deferred: string };
  /** Papers whose related papers were computed; "deferred": left to the app's background sync (see SIMILAR_LIMIT). */
  similar: number | "deferred";
};

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

const MAX_REPORTED_REJECTIONS = 100;

export async function runIngest(options: IngestOptions): Promise<IngestSummary> {
  const { db, file } = options;
  const runId = await startIngestRun(db, file === "-" ? "stdin" : file, options.format ?? "auto");
  const state = { format: (options.format ?? "auto") as string, rejections: [] as string[] };
  const progress: IngestProgress = {
    created: 0,
    updated: 0,
    unchanged: 0,
    records: 0,
    rejected: 0,
    bytesRead: 0,
    totalBytes: null,
  };
  try {
    if (options.strict) await checkStrict(options);
    const feed = options.deferIndexing ? "left to the caller" : await startFeed(db, options.search);
    const summary = await ingestAll(options, progress, state, feed);
    await finishIngestRun(db, runId, { format: summary.format, counts: progress, rejections: state.rejections });
    return summary;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await finishIngestRun(db, runId, {
      format: state.format,
      counts: progress,
      rejections: state.rejections,
      error: message,
    });
    throw error;
  }
}

async function ingestAll(
  options: IngestOptions,
  progress: IngestProgress,
  state: { format: string; rejections: string[] },
  feed: IndexFeed | string,
) {
  const { db } = options;
  const { file, format, items, source } = await openItems(options);
  state.format = format;
  const topicIds = await upsertTopics(db, TOPICS);
  const days = new Set<string>();
  let batch: PaperWrite[] = [];
  let changed: string[] | null = [];
  let firstRejection: IngestError | null = null;
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await savePaperBatch(db, batch, topicIds);
    batch = [];
    progress.created += result.created;
    progress.updated += result.updated;
    progress.unchanged += result.unchanged;
    if (typeof feed !== "string") await feed.send(result.changedIds);
    changed =
      changed && changed.length + result.changedIds.length <= SIMILAR_LIMIT ? [...changed, ...result.changedIds] : null;
    progress.bytesRead = source?.bytesRead() ?? 0;
    progress.totalBytes = source?.totalBytes ?? null;
    options.onProgress?.({ ...progress });
  };
  for await (const item of items) {
    if (options.limit !== undefined && progress.records >= options.limit) break;
    progress.records += 1;
    const v = validateItem(item);
    if (!v.ok) {
      progress.rejected += 1;
      firstRejection ??= new IngestError(
        { file, line: v.rejection.at.line, field: v.rejection.field },
        v.rejection.reason,
      );
      if (state.rejections.length < MAX_REPORTED_REJECTIONS)
        state.rejections.push(describeRejection(file, v.rejection));
      continue;
    }
    if (v.record.appearance) days.add(v.record.appearance.date);
    batch.push(toPaperWrite(options.mapRecord ? options.mapRecord(v.record) : v.record, format));
    if (batch.length >= (options.batchSize ?? 500)) await flush();
  }
  // A source in which no record is usable is not a partial import: fail with the first reason.
  if (progress.records - progress.rejected === 0) {
    throw firstRejection ?? new IngestError({ file, line: null, field: "papers" }, "no papers found");
  }
  await flush();
  const { similar, indexed } = options.deferIndexing
    ? { similar: "deferred" as const, indexed: { deferred: "left to the caller" } }
    : await finishDerived(db, options.search, feed, changed);
  const accepted = progress.records - progress.rejected;
  return {
    ...progress,
    file,
    format,
    days: [...days],
    date: [...days][0] ?? null,
    papers: accepted,
    rejections: state.rejections,
    indexed,
    similar,
  };
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
