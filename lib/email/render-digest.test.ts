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
  follows: [],
  unsubscribeUrl: "https://p.example/unsubscribe?token=abc.def",
  baseUrl: "https://p.example",
};

describe("renderDigestMail", () => {
  it("lists the papers in both parts, with links and the unsubscribe link", () => {
    const papers = [
      paper(1, { arxivId: "2403.1", links: [{ url: "https://github.com/o/r", kind: "code" }] }),
      paper(2),
    ];
    const mail = renderDigestMail({ ...input, trending: { papers, total: 40, moreUrl: "https://p.example" } });
    expect(mail.subject).toBe("Paperboard daily digest — Mar 13, 2026 (40 papers)");
    expect(mail.text).toContain("1. Paper 1\n   https://p.example/papers/paper-1\n   Topics: Video");
    expect(mail.text).toContain("   arXiv: https://arxiv.org/abs/2403.1\n   Code: https://github.com/o/r");
    expect(mail.text).toContain("All 40 papers: https://p.example");
    for (const part of [mail.text, mail.html]) expect(part).toContain("https://p.example/unsubscribe?token=abc.def");
    expect(mail.html).toContain('<a href="https://github.com/o/r"');
  });

  it("escapes titles, abstracts and links in the HTML part", () => {
    const evil = paper(3, {
      title: "<script>alert(1)</script>",
      abstract: "<img src=x onerror=alert(1)>",
      links: [{ url: 'https://x.example/"><script>', kind: "code" }],
    });
    const { html } = renderDigestMail({
      ...input,
      trending: null,
      follows: [
        {
          kind: "author",
          label: "<b>Eve</b>",
          feedUrl: "https://p.example/f",
          moreUrl: "https://p.example/s",
          total: 1,
          papers: [evil],
        },
      ],
    });
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;Eve&lt;/b&gt;");
  });

  it("adds a section per follow, linking its page and private feed, after the trending part", () => {
    const follows = [
      {
        kind: "topic" as const,
        label: "Video",
        moreUrl: "https://p.example/topics/video",
        feedUrl: "https://p.example/feeds/follows/t.atom",
        total: 3,
        papers: [paper(7), paper(8)],
      },
      {
        kind: "search" as const,
        label: "“diffusion”",
        moreUrl: "https://p.example/search?q=diffusion",
        feedUrl: "https://p.example/feeds/follows/u.atom",
        total: 1,
        papers: [paper(8)],
      },
    ];
    const mail = renderDigestMail({
      ...input,
      trending: { papers: [paper(1)], total: 1, moreUrl: "https://p.example" },
      follows,
    });
    expect(mail.subject).toBe("Paperboard daily digest — Mar 13, 2026 (1 paper; 2 from your follows)");
    expect(mail.text.indexOf("1. Paper 1")).toBeLessThan(mail.text.indexOf("== From your follows =="));
    expect(mail.text).toContain(
      "Topic: Video — 3 new papers\nAll 3 papers: https://p.example/topics/video\nPrivate feed: https://p.example/feeds/follows/t.atom\n\n1. Paper 7",
    );
    expect(mail.text).toContain("Search: “diffusion” — 1 new paper\nOn the site: https://p.example/search?q=diffusion");
    expect(mail.html).toContain("From your follows");
    expect(mail.html).toContain('<a href="https://p.example/feeds/follows/u.atom"');
    const only = renderDigestMail({ ...input, trending: null, follows: follows.slice(1) });
    expect(only.subject).toBe("Paperboard daily digest — Mar 13, 2026 (1 new paper from your follows)");
    expect(only.text).not.toContain("On the site: https://p.example\n");
  });
});
