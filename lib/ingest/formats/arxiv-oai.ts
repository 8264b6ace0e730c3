// arXiv OAI-PMH ListRecords pages, the bulk-harvest format, and their resumption token: metadataPrefix
// oai_dc (Dublin Core) or arXiv (arXiv's own, with category codes and authors split into names).
import { parseArxivId, type ArxivId } from "@/lib/domain/arxiv-id";
import { IngestError } from "../errors";
import { dayOfTimestamp } from "@/lib/domain/days";
import type { ParsedItem } from "../source-record";
import { candidate, firstNameFirst } from "./candidate";
import { attr, child, children, parseXml, textOf, type XmlNode } from "./xml";

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
    const metadata = child(record, "metadata");
    const dc = child(metadata, "dc");
    const rawId = textOf(children(header, "identifier")[0]) ?? "";
    const id = parseArxivId(rawId);
    if (!id) return [{ at, rejection: { field: "header.identifier", reason: `not an arXiv id: "${rawId}"` } }];
    const arxiv = child(metadata, "arXiv");
    if (arxiv) return [arxivRecord(arxiv, id, at)];
    if (!dc) return [{ at, rejection: { field: "metadata", reason: "no oai_dc or arXiv metadata" } }];
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
          publishedAt: dayOfTimestamp(texts("date")[0]),
          comments: comment ? comment.replace(/^Comment:\s*/, "") : null,
          doi: doi ? doi.replace(/^doi:\s*/i, "") : null,
        }),
      },
    ];
  });
  return { items, resumptionToken: token };
}

/**
 * One record in arXiv's own format (http://arxiv.org/OAI/arXiv/): categories as codes ("cs.CL cs.AI",
 * primary first), authors as keyname + forenames. It carries no version number (only the latest
 * version is exposed), so the version stays unknown.
 */
function arxivRecord(meta: XmlNode, id: ArxivId, at: ParsedItem["at"]): ParsedItem {
  const field = (name: string) => textOf(meta[name]);
  const authors = children(child(meta, "authors"), "author").flatMap((a) => {
    const part = (name: string) => textOf((a as XmlNode)[name])?.trim() ?? "";
    const name = [part("forenames"), part("keyname"), part("suffix")].filter((p) => p !== "").join(" ");
    return name === "" ? [] : [name];
  });
  return {
    at,
    candidate: candidate({
      arxivId: id.id,
      arxivVersion: null,
      title: field("title") ?? "",
      abstract: field("abstract") ?? "",
      authors,
      categories: (field("categories") ?? "").split(/\s+/).filter((c) => c !== ""),
      publishedAt: dayOfTimestamp(field("created")),
      doi: field("doi")?.split(/\s+/)[0] ?? null,
      journalRef: field("journal-ref"),
      comments: field("comments"),
    }),
  };
}
