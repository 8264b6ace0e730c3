import { describe, expect, it } from "vitest";
import { buildSimilarityModel, findSimilar, tokenize } from "./similarity";

const doc = (id: string, title: string, abstract: string, topics: string[] = []) => ({ id, title, abstract, topics });
const filler = Array.from({ length: 20 }, (_, i) => doc(`f${i}`, `Unrelated study number ${i}`, `Weather, cooking and gardening notes ${i}.`));

describe("similar papers", () => {
  it("folds plurals and drops stop words", () => {
    expect(tokenize("The Policies of Diffusion Transformers")).toEqual(["policy", "diffusion", "transformer"]);
  });

  it("ranks papers sharing distinctive terms first and ignores papers sharing nothing", () => {
    const model = buildSimilarityModel([
      doc("a", "Diffusion policies for robot grasping", "We train diffusion policies to grasp objects with a robot arm."),
      doc("b", "Robot grasping with diffusion", "Diffusion models for grasping in robot manipulation."),
      doc("c", "Robot navigation in crowds", "A robot learns to move through crowds of people."),
      doc("d", "Protein folding with transformers", "We fold proteins."),
      ...filler,
    ]);
    const similar = findSimilar(model, "a").map((n) => n.id);
    expect(similar[0]).toBe("b");
    expect(similar).not.toContain("d");
    expect(similar).not.toContain("a");
  });

  it("counts shared topics as evidence", () => {
    const model = buildSimilarityModel([
      doc("a", "Sparse attention kernels", "Fast kernels.", ["efficiency"]),
      doc("b", "Sparse attention at scale", "Long contexts.", ["efficiency"]),
      doc("c", "Sparse attention for vision", "Images.", []),
      ...filler,
    ]);
    expect(findSimilar(model, "a").map((n) => n.id)).toEqual(["b", "c"]);
  });
});
