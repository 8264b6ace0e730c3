// A list of paper cards (presentational; usable from client components such as instant search).
// The data-triage-* attributes enable j/k keyboard triage (components/layout/keyboard-triage.tsx).
import type { ReactNode } from "react";
import { PaperCard, type PaperCardData } from "./paper-card";

export type CardExtras = { actions?: ReactNode; coins?: string };

export function PaperListView({ papers, label, extras }: { papers: PaperCardData[]; label: string; extras?: Map<string, CardExtras> }) {
  return (
    <ol aria-label={label} className="space-y-4" data-triage-list>
      {papers.map((paper) => (
        <li key={paper.slug} data-triage-item>
          <PaperCard paper={paper} actions={extras?.get(paper.id)?.actions} coins={extras?.get(paper.id)?.coins} />
        </li>
      ))}
    </ol>
  );
}
