// arXiv API Atom feeds (export.arxiv.org/api/query): one <entry> per paper, versions in the id.
import { parseArxivId } from "@/lib/domain/arxiv-id";
import { IngestError } from "../errors";
import { dayOfTimestamp } from "@/lib/domain/days";
import type { ParsedItem } from "../source-record";
import { candidate, primaryFirst } from "./candidate";
import { attr, child, children, parseXml, textOf } from "./xml";

export const ARXIV_ATOM = "arxiv-atom";

export function parseArxivAtom(text: string, file: string): ParsedItem[] {
  const feed = child(parseXml(text, file), "feed");
  if (!feed) throw new IngestError({ file, line: null, field: "feed" }, "not an Atom feed (no <feed> element)");
  return children(feed, "entry").map((entry, i): ParsedItem => {
    const at = { line: null, record: `entry ${i + 1}` };
    const rawId = textOf(children(entry, "id")[0] ?? child(entry, "id")) ?? "";
    const id = parseArxivId(rawId);
    // The API reports a bad query as a single entry whose id is its error page.
    if (!id) return { at, rejection: { field: "id", reason: `not an arXiv id: "${rawId}"` } };
    const title = textOf(child(entry, "title") ?? (entry as Record<string, unknown>).title);
    const summary = textOf(child(entry, "summary") ?? (entry as Record<string, unknown>).summary);
    if (title === null) return { at, rejection: { field: "title", reason: "missing" } };
    if (summary === null) return { at, rejection: { field: "summary", reason: "missing" } };
    const field = (name: string) => textOf((entry as Record<string, unknown>)[name]);
    return {
      at,
      candidate: candidate({
        arxivId: id.id,
        arxivVersion: id.version,
        title,
        abstract: summary,
        authors: children(entry, "author").flatMap(
          (a) => textOf(child(a, "name") ?? (a as Record<string, unknown>).name) ?? [],
        ),
        categories: primaryFirst(
          attr(child(entry, "primary_category"), "term"),
          children(entry, "category").flatMap((c) => attr(c, "term") ?? []),
        ),
        publishedAt: dayOfTimestamp(field("published")),
        doi: field("doi"),
        journalRef: field("journal_ref"),
        comments: field("comment"),
      }),
    };
  });
}
