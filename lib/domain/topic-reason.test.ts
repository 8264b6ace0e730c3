import { describe, expect, it } from "vitest";
import { describeTopicReason, patternWords } from "./topic-reason";

describe("describeTopicReason", () => {
  it.each([
    ["title matches /\\bDPO\\b/i", "title mentions DPO"],
    ["title matches /\\bpreferences?\\b/i", "title mentions preference"],
    ["title matches /\\breward model(?:s|ing|ling)?\\b/i", "title mentions reward model"],
    ["title matches /\\bchain[- ]of[- ](?:thought|action-thought)\\b/i", "title mentions chain-of-thought"],
    ["title matches /\\breason(?:ing|ers?)\\b/i", "title mentions reasoning"],
    ["title matches /\\bCoT\\b/", "title mentions CoT"],
    ["arXiv category cs.CV", "arXiv category cs.CV"],
    ['abstract mentions "reward model" ×3, "DPO" ×1', 'abstract mentions "reward model" 3 times, "DPO" once'],
    [
      'words that weighed most: "robot", "grasp"',
      "learned from categorised papers; the words that weighed most: robot, grasp",
    ],
    ["no topic rule matched", "no topic rule matched"],
  ])("%s → %s", (reason, words) => {
    expect(describeTopicReason(reason)).toBe(words);
  });

  it("reads only a bounded prefix of a long reason", () => {
    expect(describeTopicReason(`title matches /${"(".repeat(100_000)}/`).length).toBeLessThanOrEqual(500);
    expect(patternWords("a|b")).toBe("a");
  });
});
