// When arXiv's record of a paper replaces a digest's copy, the paper keeps what only the digest gave
// it: a repository or project link (Hugging Face's githubRepo, projectPage) and keywords.
import type { Db } from "@/lib/db/client";
import { type Carried, listCarriedMetadata } from "@/lib/db/sync-enrichment";
import type { ParsedItem, SourceRecord } from "@/lib/ingest/source-record";

const MAX_LINKS = 50;
const MAX_KEYWORDS = 100;

/** Stored links and keywords after the record's own, in stored order: re-merging changes nothing. */
export function mergeCarried(record: SourceRecord, carried: Carried | undefined): SourceRecord {
  if (!carried) return record;
  return {
    ...record,
    links: [...new Set([...record.links, ...carried.links])].slice(0, MAX_LINKS),
    keywords: [...new Set([...record.keywords, ...carried.keywords])].slice(0, MAX_KEYWORDS),
  };
}

/**
 * A `mapRecord` for runIngest over these items: each arXiv record keeps what its stored paper carries.
 * `byTitle` adds papers known by id that the records will join by title (arXiv id → paper id).
 */
export async function carryStored(
  db: Db,
  items: ParsedItem[],
  byTitle = new Map<string, string>(),
): Promise<(r: SourceRecord) => SourceRecord> {
  const arxivIds = [
    ...new Set(items.flatMap((i) => ("candidate" in i && i.candidate.arxivId ? [i.candidate.arxivId] : []))),
  ];
  const stored = await listCarriedMetadata(db, { arxivIds, paperIds: [...byTitle.values()] });
  const byPaper = new Map(stored.map((c) => [c.paperId, c]));
  const byArxiv = new Map(stored.flatMap((c) => (c.arxivId ? [[c.arxivId, c] as const] : [])));
  for (const [arxivId, paperId] of byTitle) {
    const carried = byPaper.get(paperId);
    if (carried) byArxiv.set(arxivId, carried);
  }
  return (record) => mergeCarried(record, record.arxivId ? byArxiv.get(record.arxivId) : undefined);
}
