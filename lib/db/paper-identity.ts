// Resolves which stored paper a record is: by arXiv id, else by title key, so a digest paper without
// an arXiv id and the same paper from arXiv or Hugging Face become one record (identity).
import "server-only";
import type { Tx } from "./paper-rows";
import type { PaperWrite } from "./paper-writes";

type Known = { id: string; arxivId: string | null; titleKey: string };

/**
 * Rewrites each record's id to the paper it belongs to:
 * - an arXiv record joins the paper with its arXiv id, else adopts a title-only paper with its title
 *   (which keeps its id and slug, so its URL does not change), else is new;
 * - a title-only record joins any paper with its title (it never replaces arXiv metadata, see foldRecord).
 */
export async function resolvePaperIds(tx: Tx, batch: PaperWrite[]): Promise<PaperWrite[]> {
  const arxivIds = [...new Set(batch.flatMap((w) => (w.arxivId ? [w.arxivId] : [])))];
  const titleKeys = [...new Set(batch.map((w) => w.titleKey))];
  const select = { id: true, arxivId: true, titleKey: true } as const;
  const rows = [
    ...(arxivIds.length > 0 ? await tx.paper.findMany({ where: { arxivId: { in: arxivIds } }, select }) : []),
    ...(await tx.paper.findMany({ where: { titleKey: { in: titleKeys } }, select, orderBy: { id: "asc" } })),
  ];
  const byArxiv = new Map<string, Known>();
  const byTitle = new Map<string, Known[]>();
  const remember = (k: Known) => {
    if (k.arxivId) byArxiv.set(k.arxivId, k);
    const same = byTitle.get(k.titleKey) ?? [];
    if (!same.some((s) => s.id === k.id)) byTitle.set(k.titleKey, [...same, k]);
  };
  rows.forEach(remember);
  return batch.map((w) => {
    const sameTitle = byTitle.get(w.titleKey) ?? [];
    let known: Known | undefined;
    if (w.arxivId) {
      known = byArxiv.get(w.arxivId) ?? sameTitle.find((k) => k.arxivId === null);
      if (known) known.arxivId = w.arxivId;
    } else {
      known = sameTitle.find((k) => k.arxivId !== null) ?? sameTitle[0];
    }
    const resolved = known ?? { id: w.id, arxivId: w.arxivId, titleKey: w.titleKey };
    remember(resolved);
    return resolved.id === w.id ? w : { ...w, id: resolved.id };
  });
}
