// The write side of ingestion: one batch of papers per transaction, so a crash loses at most the
// batch in flight and a re-run converges on the same rows (a 300k-paper import must survive being killed).
import "server-only";
import type { Db } from "./client";
import { saveAppearances } from "./paper-appearances";
import { resolvePaperIds } from "./paper-identity";
import { replaceChildren, type Tx, upsertPapers } from "./paper-rows";

/** What the db layer needs of one validated paper (lib/ingest's toPaperWrite produces it). */
export type PaperWrite = {
  id: string;
  slug: string;
  arxivId: string | null;
  arxivVersion: number | null;
  title: string;
  /** `t-` + hash of the normalised title (see resolvePaperIds). */
  titleKey: string;
  abstract: string;
  publishedAt: string | null;
  doi: string | null;
  journalRef: string | null;
  comments: string | null;
  keywords: string[];
  source: string;
  /** Hash of every stored field above plus the children: equal hash = nothing to write. */
  contentHash: string;
  authors: { id: string; name: string }[];
  categories: string[];
  links: { url: string; kind: string }[];
  topics: { slug: string; reason: string }[];
  appearance: {
    date: string;
    source: string;
    rank: number;
    upvotes: number | null;
    commentCount: number | null;
  } | null;
};
export type SaveCounts = { created: number; updated: number; unchanged: number };
export type BatchResult = SaveCounts & { changedIds: string[] };

type State = { version: number | null; authority: number; hash: string; write: PaperWrite | null; isNew: boolean };

/** Formats whose records are arXiv's own metadata (its API, OAI-PMH, its JSON Lines dumps). */
const ARXIV_FORMATS = new Set(["arxiv-atom", "arxiv-oai", "arxiv-jsonl"]);

/**
 * Whose metadata a paper keeps: arXiv's own records (2) over a digest's copy that names the arXiv id
 * (1, e.g. Hugging Face, which has no categories) over a title-only digest entry (0). Without the
 * first rung a Hugging Face refresh of a paper harvested from OAI-PMH (which carries no version
 * number) would replace its categories with none.
 */
function authorityOf(source: string, arxivId: string | null): number {
  if (ARXIV_FORMATS.has(source)) return 2;
  return arxivId !== null ? 1 : 0;
}

/**
 * Writes a batch in one transaction. Within the batch and against stored rows, metadata of a lower
 * arXiv version never replaces a higher one; otherwise the later record wins. Replaying a prefix of
 * the input therefore changes nothing, which is what makes a killed run safe to simply re-run.
 */
export async function savePaperBatch(db: Db, batch: PaperWrite[], topicIds: Map<string, number>): Promise<BatchResult> {
  return db.$transaction(
    async (tx) => {
      batch = await resolvePaperIds(tx, batch);
      const ids = [...new Set(batch.map((w) => w.id))];
      const stored = await tx.paper.findMany({
        where: { id: { in: ids } },
        select: { id: true, arxivId: true, arxivVersion: true, contentHash: true, source: true },
      });
      const states = new Map<string, State>(
        stored.map((p) => [
          p.id,
          {
            version: p.arxivVersion,
            authority: authorityOf(p.source, p.arxivId),
            hash: p.contentHash,
            write: null,
            isNew: false,
          },
        ]),
      );
      const counts: SaveCounts = { created: 0, updated: 0, unchanged: 0 };
      const metaCounts = batch.map((w) => foldRecord(states, w));
      const appearanceChanged = await writeBatch(tx, batch, states);
      metaCounts.forEach((kind, i) => {
        const changed = appearanceChanged.papersWithNewAppearance.has(batch[i]?.id ?? "");
        counts[kind === "unchanged" && changed ? "updated" : kind] += 1;
      });
      return {
        ...counts,
        changedIds: [...new Set([...writesOf(states).map((w) => w.id), ...appearanceChanged.changedIds])],
      };
    },
    { timeout: 300_000 },
  );

  /** Papers, their children, then appearances (which need the papers to exist). */
  async function writeBatch(tx: Tx, all: PaperWrite[], states: Map<string, State>) {
    const now = new Date();
    const writes = writesOf(states);
    await upsertPapers(tx, writes, now);
    await replaceChildren(
      tx,
      writes,
      topicIds,
      writes.filter((w) => !states.get(w.id)?.isNew).map((w) => w.id),
    );
    return saveAppearances(tx, all, now);
  }
}

function foldRecord(states: Map<string, State>, w: PaperWrite): keyof SaveCounts {
  const s = states.get(w.id);
  const authority = authorityOf(w.source, w.arxivId);
  if (!s) {
    states.set(w.id, { version: w.arxivVersion, authority, hash: w.contentHash, write: w, isNew: true });
    return "created";
  }
  // arXiv metadata is authoritative over a digest's copy; among equals, versions decide.
  const wins = authority > s.authority || (authority === s.authority && (w.arxivVersion ?? 0) >= (s.version ?? 0));
  if (!wins || w.contentHash === s.hash) return "unchanged";
  s.write = w;
  s.hash = w.contentHash;
  s.version = w.arxivVersion ?? s.version;
  s.authority = Math.max(s.authority, authority);
  return "updated";
}

function writesOf(states: Map<string, State>): PaperWrite[] {
  return [...states.values()].flatMap((s) => (s.write ? [s.write] : []));
}
