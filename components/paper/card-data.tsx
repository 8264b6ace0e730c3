// Card data for a database paper, typeset on the server. Kept apart from paper-card.tsx, which the
// browser also loads (instant-search results): importing KaTeX there put 81 kB gzip of it into the
// search page's JavaScript.
import { RichText } from "@/components/text/rich-text";
import type { PaperCard } from "@/lib/db/papers";
import type { PaperCardData } from "./paper-card";

/** Card data for a database paper: title and whole abstract with their LaTeX typeset (the card clamps it). */
export function toCardData(paper: PaperCard): PaperCardData {
  return {
    id: paper.id,
    slug: paper.slug,
    title: <RichText text={paper.title} />,
    summary: <RichText text={paper.abstract} />,
    digestDate: paper.digestDate,
    topics: paper.topics,
    linkKinds: paper.linkKinds,
    authors: paper.authors.map((a) => a.name),
    authorCount: paper.authorCount,
    arxivId: paper.arxivId,
    links: paper.links,
  };
}
