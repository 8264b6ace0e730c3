// Enrichment from the arXiv API: papers with an arXiv id but no categories, authors or date (Hugging
// Face gives neither categories nor dates) are completed in id_list batches; papers without an id are
// looked up by title and accepted only on an exact normalised-title match. The stored arXiv record
// re-derives topics from the categories; what was done, from where and when, is recorded per paper.
import {
  type EnrichmentRecord,
  type EnrichTarget,
  listPapersToEnrich,
  mapPaperIdsByArxivId,
  recordEnrichments,
} from "@/lib/db/sync-enrichment";
import { ARXIV_ATOM, parseArxivAtom } from "@/lib/ingest/formats/arxiv-atom";
import { parseArxivId } from "@/lib/domain/arxiv-id";
import { normalizeTitle } from "@/lib/domain/paper-identity";
import type { ParsedItem } from "@/lib/ingest/source-record";
import { carryStored } from "./carry";
import { type StageContext, type StageResult, storeItems } from "./stage";

export const ENRICH_SOURCE = "arxiv-api";
/** Ids per id_list request: one request instead of 50, a URL well under any limit. */
const ID_BATCH = 50;
/** Per run: a backlog (a first sync of 14 days) is worked off over several runs, not in one burst. */
const MAX_IDS_PER_RUN = 2_000;
const MAX_TITLES_PER_RUN = 100;
/** A paper arXiv did not have is asked about again after this long (it may have been posted since). */
const RETRY_NOT_FOUND_MS = 30 * 86_400_000;

type Candidate = Extract<ParsedItem, { candidate: unknown }>;
const isCandidate = (i: ParsedItem): i is Candidate => "candidate" in i;

export async function syncEnrichment(ctx: StageContext): Promise<StageResult> {
  const now = ctx.now();
  const todo = await listPapersToEnrich(ctx.db, {
    source: ENRICH_SOURCE,
    byId: MAX_IDS_PER_RUN,
    byTitle: MAX_TITLES_PER_RUN,
    retryBefore: new Date(now.getTime() - RETRY_NOT_FOUND_MS),
  });
  let enriched = 0;
  for (let i = 0; i < todo.ids.length; i += ID_BATCH) {
    ctx.signal.throwIfAborted();
    enriched += await enrichByIds(ctx, todo.ids.slice(i, i + ID_BATCH));
  }
  for (const target of todo.titles) {
    ctx.signal.throwIfAborted();
    enriched += await enrichByTitle(ctx, target);
  }
  const asked = todo.ids.length + todo.titles.length;
  return {
    detail: `${enriched} of ${asked} papers completed (${todo.ids.length} by arXiv id, ${todo.titles.length} by title)`,
  };
}

async function enrichByIds(ctx: StageContext, batch: EnrichTarget[]): Promise<number> {
  const ids = batch.flatMap((t) => (t.arxivId ? [t.arxivId] : []));
  const url = `${ctx.config.arxivApiUrl}?id_list=${ids.map(encodeURIComponent).join(",")}&max_results=${ids.length}`;
  const wanted = new Set(ids);
  // The API answers an unknown id with an error entry (parsed as a rejection): only ids asked for count.
  const items = parseArxivAtom(await ctx.client.getText(url), url).filter(
    (i) => isCandidate(i) && wanted.has(i.candidate.arxivId ?? ""),
  );
  await storeItems(ctx, url, ARXIV_ATOM, items, await carryStored(ctx.db, items));
  const found = new Set(items.flatMap((i) => (isCandidate(i) && i.candidate.arxivId ? [i.candidate.arxivId] : [])));
  const at = ctx.now();
  const records = batch.map((t): EnrichmentRecord => {
    const hit = t.arxivId !== null && found.has(t.arxivId);
    return {
      paperId: t.paperId,
      source: ENRICH_SOURCE,
      outcome: hit ? "enriched" : "not-found",
      matchedBy: "id",
      arxivId: t.arxivId,
      fields: hit ? t.missing : [],
      at,
    };
  });
  await recordEnrichments(ctx.db, records);
  return found.size;
}

/**
 * By the arXiv id of an arxiv.org link the paper carries, else by a title search; either way the
 * record is taken only when its normalised title is the paper's, and only one arXiv paper has it.
 */
async function enrichByTitle(ctx: StageContext, target: EnrichTarget): Promise<number> {
  const title = normalizeTitle(target.title);
  const linked = target.arxivLink ? parseArxivId(target.arxivLink)?.id : undefined;
  const url = linked
    ? `${ctx.config.arxivApiUrl}?id_list=${encodeURIComponent(linked)}&max_results=1`
    : `${ctx.config.arxivApiUrl}?search_query=${encodeURIComponent(`ti:"${title}"`)}&max_results=10`;
  const matches =
    title === ""
      ? []
      : parseArxivAtom(await ctx.client.getText(url), url).filter(
          (i): i is Candidate => isCandidate(i) && normalizeTitle(i.candidate.title) === title,
        );
  const arxivIds = [...new Set(matches.flatMap((m) => (m.candidate.arxivId ? [m.candidate.arxivId] : [])))];
  const arxivId = arxivIds.length === 1 ? arxivIds[0]! : null;
  // Another stored paper already has this arXiv id: storing would complete that one, not this one.
  const elsewhere = arxivId ? (await mapPaperIdsByArxivId(ctx.db, [arxivId])).get(arxivId) : undefined;
  const accepted = arxivId !== null && (elsewhere === undefined || elsewhere === target.paperId);
  if (accepted) {
    const items = matches.filter((m) => m.candidate.arxivId === arxivId).slice(0, 1);
    await storeItems(
      ctx,
      url,
      ARXIV_ATOM,
      items,
      await carryStored(ctx.db, items, new Map([[arxivId, target.paperId]])),
    );
  }
  await recordEnrichments(ctx.db, [
    {
      paperId: target.paperId,
      source: ENRICH_SOURCE,
      outcome: accepted ? "enriched" : "not-found",
      matchedBy: "title",
      arxivId,
      fields: accepted ? target.missing : [],
      at: ctx.now(),
    },
  ]);
  return accepted ? 1 : 0;
}
