import { describe, expect, it } from "vitest";
import { TOPICS } from "@/lib/domain/taxonomy/topics";
import { assignTopics } from "./taxonomy";
import { CATEGORY_RULES } from "@/lib/domain/taxonomy/categories";
import { CLASSIFIED_TOPICS } from "@/lib/domain/taxonomy/topics";
import { classifyTopics, topicModelInfo } from "./topic-classifier";

const abstractOf = {
  robotics:
    "We train a robot arm to grasp unseen objects from camera images with a learned manipulation policy, and deploy it on real hardware.",
  mathematics:
    "We prove global well-posedness of the Cauchy problem for a nonlinear dispersive equation in Sobolev spaces, and scattering for small data.",
  physics:
    "We study the ground state of a frustrated spin chain with density-matrix renormalization group simulations and find a gapped quantum phase.",
  nlp: "We fine-tune a large language model on multilingual question answering and evaluate its translations against human references.",
};

describe("the topic model file", () => {
  it("loads, names its held-out period, and decides only topics an arXiv category names", () => {
    const info = topicModelInfo();
    expect(info.version).toMatch(/^[\w-]{16}$/);
    expect(info.heldOut?.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const categoryTopics = new Set(CATEGORY_RULES.map((r) => r.topic));
    expect(info.topics.length).toBeGreaterThan(0);
    for (const slug of info.topics) expect(categoryTopics.has(slug), slug).toBe(true);
    expect([...CLASSIFIED_TOPICS].sort()).toEqual([...info.topics].sort());
  });
});

describe("classifyTopics", () => {
  it.each(Object.entries(abstractOf))(
    "reads a %s abstract as that topic, saying which words weighed most",
    (slug, abstract) => {
      const topics = classifyTopics("", abstract);
      expect(topics[0]?.slug).toBe(slug);
      expect(topics[0]?.reason).toMatch(/^words that weighed most: "[^"]+"(, "[^"]+"){2}$/);
    },
  );

  it("gives nothing for text that names no field", () => {
    expect(classifyTopics("On things", "We consider some things and show results about them.")).toEqual([]);
  });
});

describe("assignTopics without categories", () => {
  it("takes the classifier's topics first, then text rules for the topics it does not decide", () => {
    const topics = assignTopics("Diffusion policies for robot grasping", abstractOf.robotics);
    expect(topics[0]?.slug).toBe("robotics");
    expect(topics[0]?.reason).toMatch(/^words that weighed most: /);
    expect(topics.map((t) => t.slug)).toContain("diffusion");
  });

  it("says on the topics page which topics the classifier decides", () => {
    for (const topic of TOPICS) {
      const says = topic.rulesText.some((line) => line.startsWith("without arXiv categories: a classifier"));
      expect(says, topic.slug).toBe(CLASSIFIED_TOPICS.has(topic.slug));
    }
  });
});
