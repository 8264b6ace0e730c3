// The digest mail: both parts list the papers with their links; untrusted text stays inert in HTML.
import { describe, expect, it } from "vitest";
import { renderDigestMail, type DigestPaper } from "./render-digest";

const paper = (i: number, over: Partial<DigestPaper> = {}): DigestPaper => ({
  slug: `paper-${i}`,
  arxivId: null,
  title: `Paper ${i}`,
  abstract: `Abstract ${i}.`,
  topics: [{ name: "Video" }],
  links: [],
  ...over,
});

const input = {
  heading: "daily digest — Mar 13, 2026",
  totalPapers: 40,
  moreUrl: "https://p.example",
  unsubscribeUrl: "https://p.example/unsubscribe?token=abc.def",
  baseUrl: "https://p.example",
};

describe("renderDigestMail", () => {
  it("lists the papers in both parts, with links and the unsubscribe link", () => {
    const papers = [paper(1, { arxivId: "2403.1", links: [{ url: "https://github.com/o/r", kind: "code" }] }), paper(2)];
    const mail = renderDigestMail({ ...input, papers });
    expect(mail.subject).toBe("Paperboard daily digest — Mar 13, 2026 (40 papers)");
    expect(mail.text).toContain("1. Paper 1\n   https://p.example/papers/paper-1\n   Topics: Video");
    expect(mail.text).toContain("   arXiv: https://arxiv.org/abs/2403.1\n   Code: https://github.com/o/r");
    expect(mail.text).toContain("All 40 papers: https://p.example");
    for (const part of [mail.text, mail.html]) expect(part).toContain("https://p.example/unsubscribe?token=abc.def");
    expect(mail.html).toContain('<a href="https://github.com/o/r"');
  });

  it("escapes titles, abstracts and links in the HTML part", () => {
    const evil = paper(3, { title: "<script>alert(1)</script>", abstract: "<img src=x onerror=alert(1)>", links: [{ url: 'https://x.example/"><script>', kind: "code" }] });
    const { html } = renderDigestMail({ ...input, papers: [evil] });
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
});
