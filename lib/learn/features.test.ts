import { describe, expect, it } from "vitest";
import { MAX_ABSTRACT_CHARS, paperTermCounts } from "./features";
import { tokenize } from "./tokenize";

describe("tokenize", () => {
  it("folds plurals and drops stop words", () => {
    expect(tokenize("The Policies of Diffusion Transformers")).toEqual(["policy", "diffusion", "transformer"]);
  });

  it("keeps hyphenated and alphanumeric words, drops numbers and short words", () => {
    expect(tokenize("Text-to-image GPT-4 at 3 scales: an L2 study")).toEqual([
      "text-to-image",
      "gpt-4",
      "scale",
      "study",
    ]);
  });

  it("runs in linear time on adversarial input", () => {
    const text = `a${"-".repeat(200_000)} ${"b-".repeat(100_000)}`;
    const started = performance.now();
    tokenize(text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("paperTermCounts", () => {
  it("counts title words double, and word pairs when asked", () => {
    const counts = paperTermCounts({ title: "Point clouds", abstract: "Dense point clouds." }, { bigrams: true });
    expect(Object.fromEntries(counts)).toEqual({ point: 3, cloud: 3, "point cloud": 3, dense: 1, "dense point": 1 });
  });

  it("adds arXiv categories as terms only when asked", () => {
    const paper = { title: "Sparse attention", abstract: "", categories: ["cs.CL", "cs.LG"] };
    expect([...paperTermCounts(paper).keys()]).toEqual(["sparse", "attention"]);
    expect([...paperTermCounts(paper, { categories: true }).keys()]).toEqual([
      "sparse",
      "attention",
      "arxiv:cs.CL",
      "arxiv:cs.LG",
    ]);
  });

  it("reads only the first characters of a huge abstract", () => {
    const abstract = `${"graph ".repeat(MAX_ABSTRACT_CHARS / 6)}tail`;
    expect(paperTermCounts({ title: "", abstract }).has("tail")).toBe(false);
  });
});
