import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CardLinks } from "./card-links";

const html = (props: Parameters<typeof CardLinks>[0]) => renderToStaticMarkup(<CardLinks {...props} />);

describe("CardLinks", () => {
  it("links arXiv, the PDF and the first code, dataset and model link by name", () => {
    const out = html({
      arxivId: "2403.12345",
      kinds: ["code", "dataset", "demo", "model"],
      links: [
        { url: "https://github.com/org/repo", kind: "code" },
        { url: "https://github.com/org/second", kind: "code" },
        { url: "https://huggingface.co/datasets/org/data", kind: "dataset" },
        { url: "https://huggingface.co/org/model-7b", kind: "model" },
        { url: "https://huggingface.co/spaces/org/demo", kind: "demo" },
      ],
    });
    const anchors = [...out.matchAll(/<a href="([^"]+)"[^>]*>(.*?)<\/a>/g)].map(([, href, text]) => [
      href,
      text!
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    ]);
    expect(anchors).toEqual([
      ["https://arxiv.org/abs/2403.12345", "arXiv"],
      ["https://arxiv.org/pdf/2403.12345", "PDF"],
      ["https://github.com/org/repo", "Code org/repo"],
      ["https://huggingface.co/datasets/org/data", "Dataset org/data"],
      ["https://huggingface.co/org/model-7b", "Model org/model-7b"],
    ]);
  });

  it("never links a URL that is not http(s), and names the kinds when it has no URLs", () => {
    expect(html({ kinds: ["code"], links: [{ url: "javascript:alert(1)", kind: "code" }] })).toBe("");
    expect(html({ kinds: ["code"] })).toContain("Code");
    expect(html({ kinds: ["code"] })).not.toContain("<a");
  });
});
