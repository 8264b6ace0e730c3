// A list of paper cards, with the visitor's bookmark/upvote controls and COinS for Zotero. The
// data-triage-* attributes enable j/k keyboard triage (components/layout/keyboard-triage.tsx).
import { PaperActions } from "@/components/bookmarks/paper-actions";
import { toCoinsTitle } from "@/lib/citation/page-metadata";
import { listCitationPapers } from "@/lib/db/citations";
import { getViewerState } from "@/lib/library/viewer-state";
import { getAppUrl } from "@/lib/site-url";
import { PaperCard, type PaperCardData } from "./paper-card";

export async function PaperList({ papers, label }: { papers: PaperCardData[]; label: string }) {
  const ids = papers.map((p) => p.id);
  const [viewer, citations] = await Promise.all([getViewerState(ids), listCitationPapers(ids)]);
  const appUrl = getAppUrl();
  const coins = new Map(citations.map((c) => [c.id, toCoinsTitle(c, appUrl)]));
  return (
    <ol aria-label={label} className="space-y-4" data-triage-list>
      {papers.map((paper) => (
        <li key={paper.slug} data-triage-item>
          <PaperCard paper={paper} actions={<PaperActions paperId={paper.id} viewer={viewer} />} coins={coins.get(paper.id)} />
        </li>
      ))}
    </ol>
  );
}
