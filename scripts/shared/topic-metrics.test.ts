import { describe, expect, it } from "vitest";
import { assignTopics } from "@/lib/ingest/taxonomy";
import { topicsFromCategories, unambiguousCategoryTopic } from "@/lib/domain/taxonomy/categories";
import { auditedPrecision, parseAudit, topicMetrics } from "./topic-metrics";

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

describe("hand audit of false positives", () => {
  const audit = [
    "# Topic audit",
    "",
    "## 3d-graphics — 4 false positives, 3 drawn",
    "",
    "- [x] 2501.00001 · cs.CV · Gaussian Splatting for X · title matches /x/",
    "- [ ] 2501.00002 · cs.CV · Multi-View Contrastive Learning · title matches /x/",
    "- [X] 2501.00003 · cs.CV · 3D Object Detection · title matches /x/",
    "## agents — 1 false positives, 1 drawn",
    "- [ ] 2501.00004 · cs.CL · Expert Agents for QA · x",
  ].join("\n");
  const m = { topic: "3d-graphics", labelled: 2, assigned: 6, correct: 2, precision: 2 / 6, recall: 1 };

  it("reads ticked and unticked papers per topic", () => {
    const verdicts = parseAudit(audit);
    expect([...verdicts.get("3d-graphics")!]).toEqual([
      ["2501.00001", true],
      ["2501.00002", false],
      ["2501.00003", true],
    ]);
    expect([...verdicts.get("agents")!]).toEqual([["2501.00004", false]]);
  });

  it("credits the audited share of false positives, counting only papers that still are false positives", () => {
    const verdicts = parseAudit(audit);
    // 4 false positives, 2 of the 3 judged right: (2 + 4 × 2/3) / 6.
    expect(auditedPrecision(m, ["2501.00001", "2501.00002", "2501.00003", "2501.00009"], verdicts)).toEqual({
      judged: 3,
      right: 2,
      precision: (2 + (4 * 2) / 3) / 6,
    });
    // A rule change removed 2501.00003 from the false positives: its verdict no longer counts.
    expect(auditedPrecision(m, ["2501.00001", "2501.00002"], verdicts)).toMatchObject({ judged: 2, right: 1 });
    expect(auditedPrecision(m, ["2501.00009"], verdicts)).toEqual({ judged: 0, right: 0, precision: null });
    expect(auditedPrecision({ ...m, assigned: 2, precision: 1 }, [], verdicts)).toEqual({
      judged: 0,
      right: 0,
      precision: 1,
    });
  });
});

describe("category-informed topics", () => {
  it("maps arXiv categories to topics, broad ML categories to none", () => {
    expect(topicsFromCategories(["cs.CV", "cs.LG", "eess.IV"])).toEqual([
      { slug: "computer-vision", reason: "arXiv category cs.CV" },
    ]);
    expect(topicsFromCategories(["math.AP", "math-ph", "quant-ph"]).map((t) => t.slug)).toEqual([
      "mathematics",
      "physics",
    ]);
    expect(unambiguousCategoryTopic(["cs.CL", "cs.AI"])).toBe("nlp");
    expect(unambiguousCategoryTopic(["cs.CL", "cs.CV"])).toBeNull();
    expect(unambiguousCategoryTopic(["cs.LG"])).toBeNull();
  });

  it("puts category topics first and lets text rules add the rest", () => {
    const topics = assignTopics("Global existence for a nonlinear Schrödinger equation", "We prove well-posedness.", [
      "math.AP",
    ]);
    expect(topics[0]).toEqual({ slug: "mathematics", reason: "arXiv category math.AP" });
    expect(topics.filter((t) => t.slug === "mathematics")).toHaveLength(1);
    expect(
      assignTopics("Global existence for a nonlinear Schrödinger equation", "We prove well-posedness.")[0]?.slug,
    ).toBe("mathematics");
  });
});
