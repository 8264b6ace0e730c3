import { describe, expect, it } from "vitest";
import { paperTermCounts } from "./features";
import { thresholdForPrecision, trainOneVsRest, wilsonLowerBound } from "./one-vs-rest";
import { toTfidfVector } from "./sparse";
import { fixturePapers } from "@/tests/setup/fixture-papers";
import { createTopicScorer, parseTopicModel, toTopicModelJson, type TopicModel } from "./topic-model";
import { createDocumentFrequencyCounter } from "./vocabulary";

describe("thresholdForPrecision", () => {
  const s = (score: number, positive: boolean) => ({ score, positive });

  it("picks the lowest cutoff whose list above reaches the precision", () => {
    const scored = [s(0.9, true), s(0.8, true), s(0.7, false), s(0.6, true), s(0.5, false), s(0.4, false)];
    expect(thresholdForPrecision(scored, 0.75)).toBe(0.6); // 3 of the 4 at or above 0.6
    expect(thresholdForPrecision(scored, 1)).toBe(0.8);
    expect(thresholdForPrecision(scored, 0.75, { floor: 0.65 })).toBe(0.8);
    expect(thresholdForPrecision([s(0.9, false)], 0.5)).toBeNull();
  });

  it("with a confidence, does not trust a precision measured on a handful of papers", () => {
    const papers = [
      s(0.99, true),
      s(0.98, true),
      s(0.97, true),
      ...Array.from({ length: 200 }, (_, i) => s(0.9 - i / 1000, i % 20 < 17)),
    ];
    expect(wilsonLowerBound(3, 3)).toBeLessThan(0.75);
    expect(wilsonLowerBound(800, 1000)).toBeGreaterThan(0.78);
    // 3 of 3 is no proof of 75%; 173 of 203 (85%) is, with 90% confidence.
    expect(thresholdForPrecision(papers.slice(0, 3), 0.75)).toBe(0.97);
    expect(thresholdForPrecision(papers.slice(0, 3), 0.75, { z: 1.28 })).toBeNull();
    expect(thresholdForPrecision(papers, 0.75, { z: 1.28 })).toBe(papers.at(-1)!.score);
  });

  it("keeps tied scores on one side of the cutoff", () => {
    expect(thresholdForPrecision([s(0.9, true), s(0.7, true), s(0.7, false), s(0.7, false)], 0.6)).toBe(0.9);
  });
});

// Topics named by categories, as the taxonomy does (a small stand-in, so this test stays inside lib/learn).
const TOPIC_OF: Record<string, string> = {
  "cs.RO": "robotics",
  "quant-ph": "physics",
  "cs.SD": "audio",
  "eess.AS": "audio",
  "cs.CV": "vision",
};
const TOPICS = ["robotics", "physics", "audio", "vision"];

describe("a topic model", () => {
  const papers = fixturePapers().filter((p) => p.categories.length > 0);
  const counter = createDocumentFrequencyCounter();
  const train = papers.filter((_, i) => i % 3 !== 2);
  const held = papers.filter((_, i) => i % 3 === 2);
  for (const p of train) counter.add(paperTermCounts(p, { bigrams: true }).keys());
  const vocabulary = counter.fit({ maxTerms: 20_000 });
  const labelled = (ps: typeof papers) =>
    ps.map((p) => ({
      x: toTfidfVector(paperTermCounts(p, { bigrams: true }), vocabulary),
      labels: [...new Set(p.categories.flatMap((c) => TOPIC_OF[c] ?? []))],
    }));
  const models = trainOneVsRest(labelled(train), TOPICS, { l2: 1e-5, positiveShare: 0.5 });
  const model: TopicModel = {
    version: "test",
    features: { bigrams: true },
    vocabulary,
    topics: TOPICS.map((slug) => ({ slug, model: models.get(slug)!, threshold: 0.6 })),
  };

  it("classifies held-out papers by their text with high precision", () => {
    const scorer = createTopicScorer(model);
    let assigned = 0;
    let correct = 0;
    for (const p of held) {
      const truth = labelled([p])[0]!.labels;
      for (const t of scorer.classify(p)) {
        assigned += 1;
        if (truth.includes(t.slug)) correct += 1;
      }
    }
    expect(assigned).toBeGreaterThan(150);
    expect(correct / assigned).toBeGreaterThan(0.85);
  });

  it("says which words weighed most, strongest topic first", () => {
    const [top] = createTopicScorer(model).classify({
      title: "Grasping with a robot arm",
      abstract: "A robot manipulator learns dexterous grasping policies in simulation and on hardware.",
    });
    expect(top?.slug).toBe("robotics");
    expect(top?.terms.length).toBe(3);
    expect(top?.terms.some((t) => /robot|grasp|manipulat/.test(t))).toBe(true);
  });

  it("round-trips through its JSON file and refuses a malformed one", () => {
    const json = JSON.parse(JSON.stringify(toTopicModelJson(model, "test model")));
    const back = parseTopicModel(json);
    expect(back.vocabulary.terms).toEqual(vocabulary.terms);
    const paper = held[0]!;
    const a = createTopicScorer(model).score(paper);
    const b = createTopicScorer(back).score(paper);
    b.forEach((p, k) => expect(p.probability).toBeCloseTo(a[k]!.probability, 3));
    expect(() => parseTopicModel({ ...json, format: 2 })).toThrow();
    expect(() =>
      parseTopicModel({ ...json, topics: [{ ...json.topics[0], ids: [vocabulary.terms.length], weights: [1] }] }),
    ).toThrow(/refers to term/);
    expect(() => parseTopicModel({ ...json, topics: [{ ...json.topics[0], ids: [0, 1], weights: [1] }] })).toThrow(
      /weights/,
    );
  });
});
