// Card data for a database paper, typeset on the server. Kept apart from paper-card.tsx, which the
// browser also loads (instant-search results): importing KaTeX there put 81 kB gzip of it into the
// search page's JavaScript.
import { RichText } from "@/components/text/rich-text";
import { excerpt } from "@/lib/format";
import type { PaperCardData } from "./paper-card";

/** Card data for a database paper: title and abstract excerpt with their LaTeX typeset. */
export function toCardData(paper: {
  id: string;
  slug: string;
  title: string;
  abstract: string;
  digestDate: string;
  topics: { slug: string; name: string }[];
  linkKinds: string[];
  rank?: number;
}): PaperCardData {
  return { ...paper, title: <RichText text={paper.title} />, summary: <RichText text={excerpt(paper.abstract)} /> };
}
