// What a paper may be named by in the public API and the MCP tools.
import { describe, expect, it } from "vitest";
import { parsePaperRef } from "./paper-ref";

describe("parsePaperRef", () => {
  it("reads arXiv ids and the URLs that name them", () => {
    for (const ref of [
      "2403.12345",
      "arXiv:2403.12345v2",
      "https://arxiv.org/abs/2403.12345",
      "https://huggingface.co/papers/2403.12345",
      " 10.48550/arXiv.2403.12345 ",
    ]) {
      expect(parsePaperRef(ref)).toEqual({ kind: "arxiv", arxivId: "2403.12345" });
    }
  });

  it("reads slugs, paper ids and paper-page links of any instance", () => {
    expect(parsePaperRef("arxiv-2403_12345")).toEqual({ kind: "key", key: "arxiv-2403_12345" });
    expect(parsePaperRef("some-title-2403-12345")).toEqual({ kind: "key", key: "some-title-2403-12345" });
    expect(parsePaperRef("https://papers.example.org/papers/some-title?ref=x")).toEqual({
      kind: "key",
      key: "some-title",
    });
  });

  it("refuses anything else, and long input unread", () => {
    expect(parsePaperRef("")).toBeNull();
    expect(parsePaperRef("two words")).toBeNull();
    expect(parsePaperRef("https://example.org/other/x")).toBeNull();
    expect(parsePaperRef(`https://x/papers/${"a".repeat(100_000)}`)).toBeNull();
  });
});
