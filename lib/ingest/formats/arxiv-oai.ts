// arXiv OAI-PMH ListRecords pages (metadataPrefix=oai_dc), the bulk-harvest format, and their resumption token.
import { parseArxivId } from "@/lib/domain/arxiv-id";
import { IngestError } from "../errors";
import { type ParsedItem, toDay } from "../source-record";
import { candidate, firstNameFirst } from "./candidate";
import { attr, child, children, parseXml, textOf } from "./xml";

export const ARXIV_OAI = "arxiv-oai";

export type OaiPage = { items: ParsedItem[]; resumptionToken: string | null };

export function parseArxivOai(text: string, file: string): OaiPage {
  const root = child(parseXml(text, file), "OAI-PMH");
  if (!root) throw new IngestError({ file, line: null, field: "OAI-PMH" }, "not an OAI-PMH response");
  const error = children(root, "error")[0] ?? root.error;
  if (error !== undefined) {
    const code = attr(error, "code");
    // An empty harvest window is an answer, not a failure.
    if (code === "noRecordsMatch") return { items: [], resumptionToken: null };
    throw new IngestError({ file, line: null, field: "error" }, `OAI-PMH error ${code ?? "?"}: ${textOf(error) ?? ""}`);
  }
  const list = child(root, "ListRecords");
  if (!list) throw new IngestError({ file, line: null, field: "ListRecords" }, "not a ListRecords response");
  const token = textOf(list.resumptionToken)?.trim() || null;
  const items = children(list, "record").flatMap((record, i): ParsedItem[] => {
    const header = child(record, "header");
    // Deleted records carry no metadata: nothing to import, nothing wrong.
    if (attr(header, "status") === "deleted") return [];
    const at = { line: null, record: `record ${i + 1}` };
    const dc = child(child(record, "metadata"), "dc");
    const rawId = textOf(children(header, "identifier")[0]) ?? "";
    const id = parseArxivId(rawId);
    if (!id) return [{ at, rejection: { field: "header.identifier", reason: `not an arXiv id: "${rawId}"` } }];
    if (!dc) return [{ at, rejection: { field: "metadata", reason: "no oai_dc metadata" } }];
    const texts = (name: string) => children(dc, name).flatMap((n) => textOf(n) ?? []);
    const descriptions = texts("description");
    const comment = descriptions.find((d) => d.startsWith("Comment:"));
    const doi = texts("identifier").find((d) => /^doi:/i.test(d));
    return [
      {
        at,
        candidate: candidate({
          arxivId: id.id,
          arxivVersion: id.version,
          title: texts("title")[0] ?? "",
          abstract: descriptions.find((d) => !d.startsWith("Comment:")) ?? "",
          authors: texts("creator").map(firstNameFirst),
          // dc:date lists the v1 submission first, then later versions.
          publishedAt: toDay(texts("date")[0]),
          comments: comment ? comment.replace(/^Comment:\s*/, "") : null,
          doi: doi ? doi.replace(/^doi:\s*/i, "") : null,
        }),
      },
    ];
  });
  return { items, resumptionToken: token };
}
