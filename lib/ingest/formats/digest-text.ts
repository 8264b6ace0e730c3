// Digest text (the seed's format) as source records: one appearance per paper, ranked within its day.
import type { ParsedItem } from "../source-record";
import { paperIdFor } from "@/lib/domain/paper-identity";
import { type ParseDigestOptions, parseDigestText } from "../parse-digest-text";
import { candidate } from "./candidate";

export const DIGEST_TEXT = "digest-text";

/** Structural problems (a title without abstract, no date line) throw an IngestError: the file is unusable. */
export function parseDigestTextItems(text: string, opts: ParseDigestOptions): ParsedItem[] {
  return parseDigestText(text, opts).flatMap((day) => {
    const firstLine = new Map<string, number>();
    return day.papers.map((paper, i): ParsedItem => {
      const at = { line: paper.line, record: null };
      const id = paperIdFor({ arxivId: null, title: paper.title });
      const earlier = firstLine.get(id);
      if (earlier !== undefined) {
        return {
          at,
          rejection: {
            field: "title",
            reason: `duplicate paper: lines ${earlier} and ${paper.line} are the same paper (${id})`,
          },
        };
      }
      firstLine.set(id, paper.line);
      return {
        at,
        candidate: candidate({
          title: paper.title,
          abstract: paper.abstract,
          appearance: { date: day.date, source: DIGEST_TEXT, rank: i + 1, upvotes: null, commentCount: null },
        }),
      };
    });
  });
}
