// arXiv's new submissions in the configured categories, harvested incrementally over OAI-PMH
// (metadataPrefix=arXiv: category codes, split author names), page by page with resumption tokens.
// The cursor is saved after every stored page, so a killed harvest resumes at the page it was on.
import { z } from "zod";
import { getSyncCursor, saveSyncCursor } from "@/lib/db/sync-state";
import { IngestError } from "@/lib/ingest/errors";
import { ARXIV_OAI, parseArxivOai } from "@/lib/ingest/formats/arxiv-oai";
import { addDays } from "@/lib/domain/days";
import { carryStored } from "./carry";
import { oaiSetsFor } from "./plan";
import { type StageContext, type StageResult, storeItems } from "./stage";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const HarvestSchema = z.object({
  from: Day,
  until: Day.nullable(),
  /** The day the harvest began: the next one starts there (OAI datestamps are days; overlap is harmless). */
  startedOn: Day,
  sets: z.array(z.string()),
  done: z.array(z.string()),
  token: z.string().nullable(),
});
type Harvest = z.infer<typeof HarvestSchema>;
const CursorSchema = z.object({
  nextFrom: Day.nullable().default(null),
  harvest: HarvestSchema.nullable().default(null),
});
type Cursor = z.infer<typeof CursorSchema>;

function readCursor(json: string): Cursor {
  try {
    const parsed = CursorSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable: start over from the backfill window (re-harvesting is idempotent).
  }
  return { nextFrom: null, harvest: null };
}

export async function syncArxivListings(ctx: StageContext): Promise<StageResult> {
  const { config, today, range } = ctx;
  const sets = oaiSetsFor(config.categories);
  const cursor = range ? { nextFrom: null, harvest: null } : readCursor(await getSyncCursor(ctx.db, "arxiv"));
  // A harvest for other categories than the configured ones is not resumed but begun again.
  const resumable = cursor.harvest && cursor.harvest.sets.join() === sets.join() ? cursor.harvest : null;
  const harvest: Harvest = resumable ?? {
    from: range?.from ?? cursor.nextFrom ?? addDays(today, -(config.backfillDays - 1)),
    until: range?.to ?? null,
    startedOn: today,
    sets,
    done: [],
    token: null,
  };
  const save = async (c: Cursor) => {
    if (!range) await saveSyncCursor(ctx.db, "arxiv", JSON.stringify(c));
  };
  const wanted = new Set(config.categories);
  const seen = { pages: 0, records: 0, kept: 0 };
  for (const set of harvest.sets) {
    if (harvest.done.includes(set)) continue;
    let restarted = false;
    for (;;) {
      ctx.signal.throwIfAborted();
      const url = harvest.token
        ? `${config.arxivOaiUrl}?verb=ListRecords&resumptionToken=${encodeURIComponent(harvest.token)}`
        : `${config.arxivOaiUrl}?verb=ListRecords&metadataPrefix=arXiv&set=${encodeURIComponent(set)}&from=${harvest.from}${harvest.until ? `&until=${harvest.until}` : ""}`;
      let page;
      try {
        page = parseArxivOai(await ctx.client.getText(url), url);
      } catch (error) {
        // Tokens expire (arXiv's last about a day): replay the set's window once, which is idempotent.
        if (
          harvest.token &&
          !restarted &&
          error instanceof IngestError &&
          error.reason.includes("badResumptionToken")
        ) {
          restarted = true;
          harvest.token = null;
          continue;
        }
        throw error;
      }
      const items = page.items.filter(
        (i) => !("candidate" in i) || (i.candidate.categories ?? []).some((c) => wanted.has(c)),
      );
      seen.pages += 1;
      seen.records += page.items.length;
      seen.kept += items.length;
      await storeItems(ctx, url, ARXIV_OAI, items, await carryStored(ctx.db, items));
      harvest.token = page.resumptionToken;
      if (!harvest.token) harvest.done.push(set);
      await save({ nextFrom: cursor.nextFrom, harvest });
      if (!harvest.token) break;
    }
  }
  await save({ nextFrom: harvest.startedOn, harvest: null });
  return {
    detail: `${seen.pages} page${seen.pages === 1 ? "" : "s"} since ${harvest.from}, ${seen.kept} of ${seen.records} records in ${config.categories.join(", ")}`,
  };
}
