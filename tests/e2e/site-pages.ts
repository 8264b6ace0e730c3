// The pages the accessibility, mobile and speed checks visit: every kind of page the app has, resolved against a running app.
import path from "node:path";
import Database from "better-sqlite3";
import { inject } from "vitest";

export type SitePage = { name: string; path: string; status?: number };

/** The seed digest names no authors: one stays on a seed paper so an author page exists to check (idempotent). */
const FIXTURE_AUTHOR = { id: "au-e2e-site-pages", name: "Grace Hopper" };

function ensureFixtureAuthor(paperId: string): void {
  const db = new Database(path.join(inject("appDataDir"), "paperboard.db"));
  try {
    db.prepare("INSERT OR IGNORE INTO Author (id, name) VALUES (?, ?)").run(FIXTURE_AUTHOR.id, FIXTURE_AUTHOR.name);
    db.prepare("INSERT OR IGNORE INTO PaperAuthor (paperId, authorId, position) VALUES (?, ?, 0)").run(
      paperId,
      FIXTURE_AUTHOR.id,
    );
  } finally {
    db.close();
  }
}

/** Looks up a real topic and a paper with math in its abstract, so the checks cover KaTeX output too. */
export async function listSitePages(base: string): Promise<SitePage[]> {
  const topics = (await (await fetch(`${base}/api/topics`)).json()) as { topics: { slug: string }[] };
  const papers = (await (await fetch(`${base}/api/papers?limit=100`)).json()) as {
    papers: { id: string; slug: string; abstract: string }[];
  };
  const topic = topics.topics[0];
  const paper = papers.papers.find((p) => p.abstract.includes("$")) ?? papers.papers[0];
  if (!topic || !paper) throw new Error("the seed digest should give at least one topic and one paper");
  ensureFixtureAuthor(paper.id);
  return [
    { name: "trending", path: "/" },
    { name: "topics", path: "/topics" },
    { name: "topic", path: `/topics/${topic.slug}` },
    { name: "paper", path: `/papers/${paper.slug}` },
    { name: "author", path: `/authors/${FIXTURE_AUTHOR.id}` },
    // Anonymous: the sign-in page it redirects to (the signed-in page is checked by for-you.test.ts).
    { name: "for you", path: "/for-you" },
    { name: "similar", path: "/similar" },
    { name: "API reference", path: "/docs/api" },
    { name: "search results", path: "/search?q=diffusion" },
    { name: "search empty", path: "/search" },
    { name: "search no match", path: "/search?q=zzqxv" },
    { name: "not found", path: "/papers/no-such-paper-000000", status: 404 },
  ];
}
