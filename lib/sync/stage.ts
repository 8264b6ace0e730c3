// What every sync stage gets (database, polite client, config, the day) and its one way to store
// what it fetched: runIngest over parsed items, indexing left to the end of the run.
import type { Db } from "@/lib/db/client";
import type { FormatName } from "@/lib/ingest/formats/detect";
import type { IngestSummary } from "@/lib/ingest/ingest-state";
import { runIngest } from "@/lib/ingest/run-ingest";
import type { ParsedItem, SourceRecord } from "@/lib/ingest/source-record";
import type { SyncConfig } from "./config";
import type { PoliteClient } from "./polite-client";

export type DayRange = { from: string; to: string };

export type StageContext = {
  db: Db;
  client: PoliteClient;
  config: SyncConfig;
  /** UTC day the run started on. */
  today: string;
  now: () => Date;
  /** Days asked for on the command line (`--from/--to`); null = the incremental schedule. */
  range: DayRange | null;
  signal: AbortSignal;
  /** Papers created and updated so far in this run: kept when a stage fails half-way. */
  tally: { created: number; updated: number };
};

/** What a stage reports besides the tally, e.g. "7 days read, 212 listings". */
export type StageResult = { detail: string };

/** Stores one fetched page; null when it held no records at all (an empty day, a filtered-out page). */
export async function storeItems(
  ctx: StageContext,
  url: string,
  format: FormatName,
  items: ParsedItem[],
  mapRecord?: (record: SourceRecord) => SourceRecord,
): Promise<IngestSummary | null> {
  if (items.length === 0) return null;
  const summary = await runIngest({
    db: ctx.db,
    file: url,
    parsed: { format, items },
    mapRecord,
    search: null,
    deferIndexing: true,
  });
  ctx.tally.created += summary.created;
  ctx.tally.updated += summary.updated;
  return summary;
}
