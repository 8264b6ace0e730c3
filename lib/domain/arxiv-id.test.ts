import { describe, expect, it } from "vitest";
import { arxivIdMonth, findArxivId, MAX_ARXIV_REF_LENGTH, parseArxivId } from "./arxiv-id";
import { expectFast } from "@/tests/setup/time-bound";

describe("parseArxivId", () => {
  it.each([
    ["2403.12345", "2403.12345", null],
    ["  2403.12345v2 ", "2403.12345", 2],
    ["arXiv:2403.1234", "2403.1234", null],
    ["arXiv: 2403.12345v10", "2403.12345", 10],
    ["oai:arXiv.org:2403.12345", "2403.12345", null],
    ["hep-th/9901001", "hep-th/9901001", null],
    ["math.AP/0601001v1", "math.AP/0601001", 1],
    ["MATH.ap/0601001", "math.AP/0601001", null],
    ["https://arxiv.org/abs/2403.12345v3", "2403.12345", 3],
    ["http://export.arxiv.org/abs/2403.12345", "2403.12345", null],
    ["arxiv.org/pdf/2403.12345.pdf", "2403.12345", null],
    ["https://arxiv.org/pdf/2403.12345v2.pdf", "2403.12345", 2],
    ["https://www.arxiv.org/html/2403.12345v1/", "2403.12345", 1],
    ["https://arxiv.org/abs/2403.12345?context=cs#refs", "2403.12345", null],
    ["https://arxiv.org/abs/math.AP/0601001v2", "math.AP/0601001", 2],
    ["https://huggingface.co/papers/2403.12345", "2403.12345", null],
    ["hf.co/papers/2403.12345/", "2403.12345", null],
    ["10.48550/arXiv.2401.01234", "2401.01234", null],
    ["https://doi.org/10.48550/arXiv.2401.01234", "2401.01234", null],
    ["doi:10.48550/ARXIV.2401.01234", "2401.01234", null],
  ])("reads %s", (text, id, version) => {
    expect(parseArxivId(text)).toEqual({ id, version });
  });

  it.each([
    "diffusion models",
    "2403",
    "2403.123",
    "2403.123456",
    "12345.2403",
    "2403.12345 diffusion",
    "https://example.com/abs/2403.12345",
    "-th/9901001",
    "hep-th/990100",
    "10.1000/arXiv.2401.01234",
    "",
  ])("refuses %j", (text) => {
    expect(parseArxivId(text)).toBeNull();
  });

  it("refuses text longer than any reference without reading it", () => {
    expect(parseArxivId(`https://arxiv.org/abs/2403.12345?${"x".repeat(MAX_ARXIV_REF_LENGTH)}`)).toBeNull();
  });
});

describe("findArxivId", () => {
  it.each([
    ["arXiv preprint arXiv:2401.01234", "2401.01234"],
    ["(arXiv:2401.01234v2 [cs.CL])", "2401.01234"],
    ["see https://arxiv.org/abs/hep-th/9901001 for details", "hep-th/9901001"],
    ["https://www.semanticscholar.org/arxiv/2401.01234", "2401.01234"],
    ["10.48550/arXiv.2401.01234", "2401.01234"],
    ["2401.01234", "2401.01234"],
  ])("finds the id in %s", (text, id) => {
    expect(findArxivId(text)?.id).toBe(id);
  });

  it.each(["Journal of Things 2401.01234", "arXiv preprint", "arXiv 2401.012345", "arXiv 12401.01234"])(
    "finds none in %s",
    (text) => {
      expect(findArxivId(text)).toBeNull();
    },
  );
});

describe("arxivIdMonth", () => {
  it("reads the submission month an id encodes", () => {
    expect(arxivIdMonth("2403.12345v2")).toEqual({ year: 2024, month: 3, modern: true });
    expect(arxivIdMonth("hep-th/9901001")).toEqual({ year: 1999, month: 1, modern: false });
    expect(arxivIdMonth("math.AP/0601001")).toEqual({ year: 2006, month: 1, modern: false });
    expect(arxivIdMonth("2413.12345")).toBeNull();
    expect(arxivIdMonth("not an id")).toBeNull();
  });
});

describe("on adversarial 1 MB input", () => {
  const MB = 1_000_000;
  it.each([
    ["arxiv + a×1e6", "arxiv" + "a".repeat(MB)],
    ["arxiv + (a-)×", "arxiv " + "a-".repeat(MB / 2)],
    ["1234.×", "arxiv " + "1234.".repeat(MB / 5)],
    ["digits", "arxiv " + "1".repeat(MB)],
    ["a/×", "arxiv " + "a/".repeat(MB / 2)],
    ["math.AP/×", "arxiv " + "ma.AP/123".repeat(MB / 9)],
    ["arxiv.org/abs/ + a×", "https://arxiv.org/abs/" + "a".repeat(MB)],
    ["spaces", " ".repeat(MB) + "2403.12345" + " ".repeat(MB)],
  ])("stays fast: %s", (label, text) => {
    expectFast(
      `arXiv-id grammar: ${label}`,
      (t) => {
        parseArxivId(t);
        findArxivId(t);
        arxivIdMonth(t);
      },
      text,
    );
  });
});
