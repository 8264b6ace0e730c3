// Hugging Face daily papers: the recent days again for their changing counts, older days of the
// backfill window once, each day one ingest (all of it or nothing) recorded as fetched.
import { listSyncFetches, recordSyncFetch } from "@/lib/db/sync-state";
import { HF_DAILY, parseHfDaily } from "@/lib/ingest/formats/hf-daily";
import type { ParsedItem } from "@/lib/ingest/source-record";
import { daysBetween } from "@/lib/domain/days";
import { hfWindow, MAX_RANGE_DAYS, planHfDays } from "./plan";
import { type StageContext, type StageResult, storeItems } from "./stage";

/** The API's largest page; a day past it (rare: ~30–60 papers a day) is read page by page. */
const PAGE_SIZE = 100;
const MAX_PAGES = 5;

export async function syncHfDays(ctx: StageContext): Promise<StageResult> {
  const { config, today, range } = ctx;
  const days = range
    ? daysBetween(range.from, range.to, MAX_RANGE_DAYS).reverse()
    : planHfDays({
        today,
        backfillDays: config.backfillDays,
        refreshDays: config.refreshDays,
        fetched: await listSyncFetches(ctx.db, "hf", hfWindow(today, config.backfillDays, config.refreshDays)),
      });
  let papers = 0;
  for (const day of days) {
    ctx.signal.throwIfAborted();
    const { url, items } = await fetchDay(ctx, day);
    const summary = await storeItems(ctx, url, HF_DAILY, items);
    papers += summary?.papers ?? 0;
    await recordSyncFetch(ctx.db, "hf", day, summary?.papers ?? 0, ctx.now());
  }
  return { detail: `${days.length} day${days.length === 1 ? "" : "s"} read, ${papers} listings` };
}

async function fetchDay(ctx: StageContext, day: string): Promise<{ url: string; items: ParsedItem[] }> {
  const first = `${ctx.config.hfBaseUrl}/api/daily_papers?date=${day}&limit=${PAGE_SIZE}`;
  const items: ParsedItem[] = [];
  const seen = new Set<string>();
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = page === 0 ? first : `${first}&p=${page}`;
    const parsed = parseHfDaily(await ctx.client.getText(url), url);
    const fresh = parsed.filter((i) => !("candidate" in i) || !seen.has(i.candidate.title));
    // A server that ignores the page parameter repeats page one: stop rather than list papers twice.
    if (fresh.length === 0) break;
    items.push(...continueRanks(fresh, items));
    for (const i of fresh) if ("candidate" in i) seen.add(i.candidate.title);
    if (parsed.length < PAGE_SIZE) break;
  }
  return { url: first, items };
}

/** The parser ranks within one page: a later page's ranks continue after the earlier pages'. */
function continueRanks(page: ParsedItem[], before: ParsedItem[]): ParsedItem[] {
  const offset = new Map<string, number>();
  for (const i of before)
    if ("candidate" in i && i.candidate.appearance)
      offset.set(i.candidate.appearance.date, (offset.get(i.candidate.appearance.date) ?? 0) + 1);
  if (offset.size === 0) return page;
  return page.map((i) => {
    if (!("candidate" in i) || !i.candidate.appearance) return i;
    const a = i.candidate.appearance;
    return { ...i, candidate: { ...i.candidate, appearance: { ...a, rank: a.rank + (offset.get(a.date) ?? 0) } } };
  });
}
