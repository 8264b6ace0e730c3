// A list of paper cards with the visitor's bookmark/upvote controls and COinS for Zotero (server).
import { PaperActions } from "@/components/bookmarks/paper-actions";
import { toCoinsTitle } from "@/lib/citation/page-metadata";
import { listCitationPapers } from "@/lib/db/citations";
import { getDb } from "@/lib/db/client";
import { getViewerState } from "@/lib/library/viewer-state";
import { getAppUrl } from "@/lib/site-url";
import type { PaperCardData } from "./paper-card";
import { PaperListView, type CardExtras } from "./paper-list-view";

type Props = {
  papers: PaperCardData[];
  label: string;
  /** the page's public URL, for the no-JS forms (see ToggleButton) */
  returnTo?: string;
  /** A list ranked by what readers do: keep its order until the next load (keyed by returnTo). */
  stableOrder?: boolean;
};

export async function PaperList({ papers, label, returnTo, stableOrder }: Props) {
  const db = getDb();
  const ids = papers.map((p) => p.id);
  const [viewer, citations] = await Promise.all([getViewerState(db, ids), listCitationPapers(db, ids)]);
  const appUrl = getAppUrl();
  const coins = new Map(citations.map((c) => [c.id, toCoinsTitle(c, appUrl)]));
  const extras = new Map<string, CardExtras>(
    ids.map((id) => [
      id,
      { actions: <PaperActions paperId={id} viewer={viewer} returnTo={returnTo} />, coins: coins.get(id) },
    ]),
  );
  return (
    <PaperListView
      papers={papers}
      label={label}
      extras={extras}
      orderKey={stableOrder ? (returnTo ?? label) : undefined}
    />
  );
}
