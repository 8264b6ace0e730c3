// A list of paper cards. The data-triage-* attributes enable j/k keyboard triage (components/layout/keyboard-triage.tsx).
import { PaperCard, type PaperCardData } from "./paper-card";

export function PaperList({ papers, label }: { papers: PaperCardData[]; label: string }) {
  return (
    <ol aria-label={label} className="space-y-4" data-triage-list>
      {papers.map((paper) => (
        <li key={paper.slug} data-triage-item>
          <PaperCard paper={paper} />
        </li>
      ))}
    </ol>
  );
}
