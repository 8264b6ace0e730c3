import { describe, expect, it } from "vitest";
import { dateFromArxivId, parseCorpusLine, toCorpusDocument } from "./corpus-record";

describe("corpus records", () => {
  it("maps a record to a search document with a Meilisearch-safe id, authors and categories", () => {
    const record = parseCorpusLine(
      JSON.stringify({
        id: "2403.12345",
        title: "A  title",
        abstract: "Text.",
        authors: ["A B"],
        categories: ["cs.CL", "cs.AI"],
        published: null,
        source: "x",
      }),
    )!;
    expect(toCorpusDocument(record, 4)).toMatchObject({
      id: "arxiv-2403_12345",
      title: "A title",
      digestDate: "2024-03-01",
      digestMonth: 202403,
      rank: 5,
      authors: ["A B"],
      categories: ["cs.CL", "cs.AI"],
      topics: [],
    });
  });

  it("dates undated papers from their id and skips broken lines", () => {
    expect(dateFromArxivId("hep-th/9901001")).toBe("1999-01-01");
    expect(dateFromArxivId("0704.0125")).toBe("2007-04-01");
    expect(parseCorpusLine("{not json")).toBeNull();
    expect(parseCorpusLine(JSON.stringify({ id: "1" }))).toBeNull();
  });
});
