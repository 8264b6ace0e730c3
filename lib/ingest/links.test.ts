import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classifyLink, extractUrls } from "./links";

const SEED = readFileSync(path.join(process.cwd(), "prisma/seed-digest.txt"), "utf8");

// Every URL in the seed's abstracts, checked by eye against the text: trailing ".", ")" and ")." dropped,
// the one glued to a word ("researchhttps://…") split off, "#/" fragments kept.
const SEED_LINKS: [string, string][] = [
  ["https://github.com/YushenZuo/OSDiffST", "code"],
  ["https://sh8.io/#/relightable_hands", "project"],
  ["https://github.com/wangxu0820/NegativePrompt", "code"],
  ["https://github.com/hamishivi/EasyLM", "code"],
  ["https://github.com/allenai/open-instruct", "code"],
  ["https://huggingface.co/collections/allenai/tulu-v25-suite-66676520fd578080e126f618", "collection"],
  ["https://huggingface.co/datasets/nvidia/HelpSteer2", "dataset"],
  ["https://huggingface.co/nvidia/Llama-3.1-Nemotron-70B-Reward", "model"],
  ["https://hf.co/Psychotherapy-LLM", "project"],
  ["https://github.com/Leezekun/Directional-Stimulus-Prompting", "code"],
  ["https://Make-A-Voice.github.io", "project"],
  ["https://github.com/InternLM/OREAL", "code"],
  ["https://intuitive-robots.github.io/beso-website/", "project"],
  ["http://pretrain.nlpedia.ai/", "project"],
  ["https://huggingface.co/spaces/GAIR/Preference-Dissection-Visualization", "demo"],
  ["https://huggingface.co/datasets/GAIR/preference-dissection", "dataset"],
  ["https://github.com/GAIR-NLP/Preference-Dissection", "code"],
  ["https://github.com/Aipura/Orca", "code"],
  ["https://github.com/facebookresearch/oni", "code"],
  ["https://github.com/GAIR-NLP/Entropy-ABF", "code"],
  ["https://mm-rlhf.github.io", "project"],
  ["https://jiuntian.github.io/interactdiffusion", "project"],
  ["https://github.com/aim-uofa/FreeCustom", "code"],
  ["https://github.com/pixas/MedSSS", "code"],
  ["https://github.com/thu-coai/SPaR", "code"],
  ["http://tiny.cc/grif", "project"],
  ["https://github.com/sIncerass/MVLPT", "code"],
  ["https://grenoble-zhang.github.io/Ctrl-U-Page/", "project"],
];

describe("extractUrls", () => {
  it("finds exactly the 28 seed URLs, trimmed, and classifies them", () => {
    const urls = extractUrls(SEED);
    expect(urls.map((url) => [url, classifyLink(url)])).toEqual(SEED_LINKS);
  });

  it("drops prose punctuation and unmatched closing brackets but keeps URL syntax", () => {
    expect(extractUrls("Code: https://github.com/YushenZuo/OSDiffST.")).toEqual([
      "https://github.com/YushenZuo/OSDiffST",
    ]);
    expect(extractUrls("(see https://github.com/young-geng/EasyLM)")).toEqual(["https://github.com/young-geng/EasyLM"]);
    expect(extractUrls("themselves (https://hf.co/collections/a/b).")).toEqual(["https://hf.co/collections/a/b"]);
    expect(extractUrls("see https://en.wikipedia.org/wiki/Foo_(bar) now")).toEqual([
      "https://en.wikipedia.org/wiki/Foo_(bar)",
    ]);
    expect(extractUrls("(see https://en.wikipedia.org/wiki/Foo_(bar))")).toEqual([
      "https://en.wikipedia.org/wiki/Foo_(bar)",
    ]);
    expect(extractUrls("[https://a.org/x] and \"https://b.org/y?q=1\", 'https://c.org/z'!")).toEqual([
      "https://a.org/x",
      "https://b.org/y?q=1",
      "https://c.org/z",
    ]);
    expect(extractUrls("demo: https://sh8.io/#/relightable_hands; code: https://x.org/a:")).toEqual([
      "https://sh8.io/#/relightable_hands",
      "https://x.org/a",
    ]);
  });

  it("finds URLs glued to the previous word, de-duplicates, and skips non-URLs", () => {
    expect(extractUrls("future researchhttps://github.com/InternLM/OREAL.")).toEqual([
      "https://github.com/InternLM/OREAL",
    ]);
    expect(extractUrls("https://a.org/x then https://a.org/x. again")).toEqual(["https://a.org/x"]);
    expect(extractUrls("ftp://a.org/x, https://., http:// and www.example.com")).toEqual([]);
  });
});

describe("classifyLink", () => {
  it.each([
    ["https://github.com/org/repo", "code"],
    ["https://www.github.com/org/repo/tree/main", "code"],
    ["https://gitlab.com/group/project", "code"],
    ["https://org.github.io/project", "project"],
    ["https://huggingface.co/datasets/org/name", "dataset"],
    ["https://huggingface.co/spaces/org/app", "demo"],
    ["https://huggingface.co/collections/org/c-123", "collection"],
    ["https://huggingface.co/org/model-name", "model"],
    ["https://www.huggingface.co/org/model-name", "model"],
    ["https://hf.co/org/model-name", "model"],
    ["https://huggingface.co/papers/2403.12345", "project"],
    ["https://huggingface.co/docs/transformers", "project"],
    ["https://huggingface.co/blog/post", "project"],
    ["https://huggingface.co/datasets", "project"],
    ["https://huggingface.co/org", "project"],
    ["https://huggingface.co/org/model/tree/main", "project"],
    ["https://example.org/", "project"],
    ["not a url", "project"],
  ])("%s → %s", (url, kind) => {
    expect(classifyLink(url)).toBe(kind);
  });
});
