// A list of paper cards (presentational; usable from client components such as instant search).
// The data-triage-* attributes enable j/k keyboard triage (components/layout/keyboard-triage.tsx).
import { Fragment, type ReactNode } from "react";
import { PaperCard, type PaperCardData } from "./paper-card";
import { StableOrder } from "./stable-order";

export type CardExtras = { actions?: ReactNode; coins?: string };

type Props = {
  papers: PaperCardData[];
  label: string;
  extras?: Map<string, CardExtras>;
  /** Lists ranked by what readers do pass their URL: the order then holds until the next load. */
  orderKey?: string;
};

export function PaperListView({ papers, label, extras, orderKey }: Props) {
  const items = papers.map((paper) => ({
    key: paper.slug,
    node: (
      <li data-triage-item>
        <PaperCard paper={paper} actions={extras?.get(paper.id)?.actions} coins={extras?.get(paper.id)?.coins} />
      </li>
    ),
  }));
  return (
    <ol aria-label={label} className="space-y-3" data-triage-list>
      {orderKey ? (
        <StableOrder items={items} orderKey={orderKey} />
      ) : (
        items.map((i) => <Fragment key={i.key}>{i.node}</Fragment>)
      )}
    </ol>
  );
}
