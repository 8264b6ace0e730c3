import { describe, expect, it } from "vitest";
import { assignTopics } from "./taxonomy";
import { topicsFromCategories, unambiguousCategoryTopic } from "./taxonomy-categories";
import { topicMetrics } from "./topic-metrics";

describe("topic metrics", () => {
  it("computes precision and recall per labelled topic", () => {
    const m = topicMetrics([
      { label: "nlp", assigned: ["nlp"] },
      { label: "nlp", assigned: ["computer-vision"] },
      { label: "computer-vision", assigned: ["computer-vision", "nlp"] },
    ]);
    expect(m).toEqual([
      { topic: "computer-vision", labelled: 1, assigned: 2, correct: 1, precision: 0.5, recall: 1 },
      { topic: "nlp", labelled: 2, assigned: 2, correct: 1, precision: 0.5, recall: 0.5 },
    ]);
  });
});

describe("category-informed topics", () => {
  it("maps arXiv categories to topics, broad ML categories to none", () => {
    expect(topicsFromCategories(["cs.CV", "cs.LG", "eess.IV"])).toEqual([{ slug: "computer-vision", reason: "arXiv category cs.CV" }]);
    expect(topicsFromCategories(["math.AP", "math-ph", "quant-ph"]).map((t) => t.slug)).toEqual(["mathematics", "physics"]);
    expect(unambiguousCategoryTopic(["cs.CL", "cs.AI"])).toBe("nlp");
    expect(unambiguousCategoryTopic(["cs.CL", "cs.CV"])).toBeNull();
    expect(unambiguousCategoryTopic(["cs.LG"])).toBeNull();
  });

  it("puts category topics first and lets text rules add the rest", () => {
    const topics = assignTopics("Global existence for a nonlinear Schrödinger equation", "We prove well-posedness.", ["math.AP"]);
    expect(topics[0]).toEqual({ slug: "mathematics", reason: "arXiv category math.AP" });
    expect(topics.filter((t) => t.slug === "mathematics")).toHaveLength(1);
    expect(assignTopics("Global existence for a nonlinear Schrödinger equation", "We prove well-posedness.")[0]?.slug).toBe("mathematics");
  });
});
