import { describe, expect, it } from "vitest";
import { parseArxivRef } from "./arxiv-ref";

describe("parseArxivRef", () => {
  it.each([
    ["2403.12345", "2403.12345"],
    ["  2403.12345v2 ", "2403.12345"],
    ["arXiv:2403.1234", "2403.1234"],
    ["https://arxiv.org/abs/2403.12345v3", "2403.12345"],
    ["arxiv.org/pdf/2403.12345.pdf", "2403.12345"],
    ["https://www.arxiv.org/html/2403.12345v1", "2403.12345"],
    ["https://huggingface.co/papers/2403.12345", "2403.12345"],
    ["hep-th/9901001", "hep-th/9901001"],
    ["https://arxiv.org/abs/math.AP/0601001v2", "math.AP/0601001"],
  ])("reads %s as %s", (query, id) => {
    expect(parseArxivRef(query)).toBe(id);
  });

  it.each(["diffusion models", "2403", "2403.12345 diffusion", "https://example.com/abs/2403.12345", "12345.2403"])(
    "leaves %s as a search",
    (query) => expect(parseArxivRef(query)).toBeNull(),
  );
});
