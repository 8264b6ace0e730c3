// A list of paper cards.
import { PaperCard, type PaperCardData } from "./paper-card";

export function PaperList({ papers, label }: { papers: PaperCardData[]; label: string }) {
  return (
    <ol aria-label={label} className="space-y-4">
      {papers.map((paper) => (
        <li key={paper.slug}>
          <PaperCard paper={paper} />
        </li>
      ))}
    </ol>
  );
}
