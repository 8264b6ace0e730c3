// The pages issue 8 checks (a11y, mobile, speed): every kind of page the app has, resolved against a running app.

export type SitePage = { name: string; path: string; status?: number };

/** Looks up a real topic and a paper with math in its abstract, so the checks cover KaTeX output too. */
export async function listSitePages(base: string): Promise<SitePage[]> {
  const topics = (await (await fetch(`${base}/api/topics`)).json()) as { topics: { slug: string }[] };
  const papers = (await (await fetch(`${base}/api/papers?limit=100`)).json()) as { papers: { slug: string; abstract: string }[] };
  const topic = topics.topics[0];
  const paper = papers.papers.find((p) => p.abstract.includes("$")) ?? papers.papers[0];
  if (!topic || !paper) throw new Error("the seed digest should give at least one topic and one paper");
  return [
    { name: "trending", path: "/" },
    { name: "topics", path: "/topics" },
    { name: "topic", path: `/topics/${topic.slug}` },
    { name: "paper", path: `/papers/${paper.slug}` },
    // Anonymous: the sign-in page it redirects to (the signed-in page is checked by for-you.test.ts).
    { name: "for you", path: "/for-you" },
    { name: "search results", path: "/search?q=diffusion" },
    { name: "search empty", path: "/search" },
    { name: "search no match", path: "/search?q=zzqxv" },
    { name: "not found", path: "/papers/no-such-paper-000000", status: 404 },
  ];
}
