import { describe, expect, it } from "vitest";
import { arxivLinks, linkLabel } from "./link-label";

describe("linkLabel", () => {
  it.each([
    ["https://github.com/YushenZuo/OSDiffST", "YushenZuo/OSDiffST"],
    ["https://github.com/org/repo.git", "org/repo"],
    ["https://www.github.com/org/repo/tree/main/src", "org/repo"],
    ["https://huggingface.co/datasets/nvidia/HelpSteer2", "nvidia/HelpSteer2"],
    ["https://huggingface.co/spaces/org/demo", "org/demo"],
    ["https://huggingface.co/meta-llama/Llama-3-8B", "meta-llama/Llama-3-8B"],
    ["https://huggingface.co/datasets/squad", "squad"],
    ["https://example.org/project/page", "example.org"],
    ["not a url", "not a url"],
  ])("%s → %s", (url, label) => {
    expect(linkLabel(url)).toBe(label);
  });

  it("stays short on a very long URL", () => {
    expect(linkLabel(`https://github.com/a/b/${"x/".repeat(50_000)}`)).toBe("a/b");
  });

  it("builds arXiv's abstract and PDF links", () => {
    expect(arxivLinks("2403.12345")).toEqual({
      abs: "https://arxiv.org/abs/2403.12345",
      pdf: "https://arxiv.org/pdf/2403.12345",
    });
  });
});
