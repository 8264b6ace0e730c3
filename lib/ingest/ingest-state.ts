// The bookkeeping of one ingest run, without I/O: what each record and each saved batch does to the
// counts, the reported rejections, the digest days and the papers whose related papers are to be
// computed, and when a run has nothing usable. run-ingest.ts does the reading and writing around it.
import type { BatchResult, SaveCounts } from "@/lib/db/paper-writes";
import type { FormatName } from "./formats/detect";
import { IngestError } from "./errors";
import { describeRejection, type ParsedItem, type SourceRecord, validateItem } from "./source-record";

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
  /** Papers whose related papers were computed; "deferred": left to the app's background sync. */
  similar: number | "deferred";
};

/** Rejections listed in the run log and summary; the count covers them all. */
export const MAX_REPORTED_REJECTIONS = 100;

export type IngestState = {
  /** The format asked for ("auto") until the source's is known. */
  format: string;
  progress: IngestProgress;
  rejections: string[];
  /** What a run without a single usable record fails with. */
  firstRejection: IngestError | null;
  days: Set<string>;
  /** Papers this run changed, for their related papers; null once past the cap (all left pending). */
  changed: string[] | null;
};

export function startIngestState(format: string): IngestState {
  return {
    format,
    progress: { created: 0, updated: 0, unchanged: 0, records: 0, rejected: 0, bytesRead: 0, totalBytes: null },
    rejections: [],
    firstRejection: null,
    days: new Set(),
    changed: [],
  };
}

/**
 * One parsed item: the record to store, null when it is rejected (counted and reported), or "limit"
 * when the run already took `limit` records and stops reading.
 */
export function takeItem(
  state: IngestState,
  item: ParsedItem,
  file: string,
  limit?: number,
): SourceRecord | null | "limit" {
  if (limit !== undefined && state.progress.records >= limit) return "limit";
  state.progress.records += 1;
  const v = validateItem(item);
  if (!v.ok) {
    state.progress.rejected += 1;
    state.firstRejection ??= new IngestError(
      { file, line: v.rejection.at.line, field: v.rejection.field },
      v.rejection.reason,
    );
    if (state.rejections.length < MAX_REPORTED_REJECTIONS) state.rejections.push(describeRejection(file, v.rejection));
    return null;
  }
  if (v.record.appearance) state.days.add(v.record.appearance.date);
  return v.record;
}

/**
 * A stored batch: its counts, the bytes read so far, and its changed papers — kept while the run's
 * total stays within `maxChanged`, beyond which the run stops listing them. Returns the progress to report.
 */
export function recordBatch(
  state: IngestState,
  saved: BatchResult,
  read: { bytesRead: number; totalBytes: number | null },
  maxChanged: number,
): IngestProgress {
  const { progress } = state;
  progress.created += saved.created;
  progress.updated += saved.updated;
  progress.unchanged += saved.unchanged;
  progress.bytesRead = read.bytesRead;
  progress.totalBytes = read.totalBytes;
  if (state.changed && state.changed.length + saved.changedIds.length <= maxChanged)
    state.changed.push(...saved.changedIds);
  else state.changed = null;
  return { ...progress };
}

/** A source in which no record is usable is not a partial import: fail with the first reason. */
export function requireUsable(state: IngestState, file: string): void {
  if (state.progress.records - state.progress.rejected > 0) return;
  throw state.firstRejection ?? new IngestError({ file, line: null, field: "papers" }, "no papers found");
}

export function toIngestSummary(
  state: IngestState,
  file: string,
  format: FormatName,
  derived: Pick<IngestSummary, "similar" | "indexed">,
): IngestSummary {
  const days = [...state.days];
  return {
    ...state.progress,
    file,
    format,
    days,
    date: days[0] ?? null,
    papers: state.progress.records - state.progress.rejected,
    rejections: state.rejections,
    ...derived,
  };
}
