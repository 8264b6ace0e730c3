// A paper page a reader can use: authors linked to their pages, arXiv / PDF / DOI buttons, links named
// by what they are, topic reasons in words, a Cite box (BibTeX, RIS, CSL-JSON) — and an author page.
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const PAPER = {
  id: "t-e2e-paper-page",
  slug: "e2e-paper-page-000001",
  arxivId: "2403.77777",
  doi: "10.1234/e2e.77777",
  title: "Direct Preference Tuning for Everyone",
  abstract: `We tune models with DPO. Data: https://example.org/${"a-very-long-path-segment-".repeat(8)}end and more words.`,
};
const AUTHORS = [
  { id: "au-e2e-page-1", name: "Ada Lovelace" },
  { id: "au-e2e-page-2", name: "Charles Babbage" },
];
let db: Database.Database;
let browser: TestBrowser;

beforeAll(async () => {
  db = new Database(path.join(inject("appDataDir"), "paperboard.db"));
  db.prepare(
    "INSERT INTO Paper (id, slug, arxivId, doi, title, abstract, digestDate, rank, source) VALUES (?, ?, ?, ?, ?, ?, '2026-03-13', NULL, 'test')",
  ).run(PAPER.id, PAPER.slug, PAPER.arxivId, PAPER.doi, PAPER.title, PAPER.abstract);
  for (const [i, a] of AUTHORS.entries()) {
    db.prepare("INSERT OR IGNORE INTO Author (id, name) VALUES (?, ?)").run(a.id, a.name);
    db.prepare("INSERT INTO PaperAuthor (paperId, authorId, position) VALUES (?, ?, ?)").run(PAPER.id, a.id, i);
  }
  db.prepare("INSERT INTO Link (paperId, url, kind) VALUES (?, ?, 'code'), (?, ?, 'model')").run(
    PAPER.id,
    "https://github.com/ada/dpo-tuning",
    PAPER.id,
    "https://huggingface.co/ada/dpo-7b",
  );
  db.prepare("INSERT OR IGNORE INTO Category (id) VALUES ('cs.CL')").run();
  db.prepare("INSERT INTO PaperCategory (paperId, categoryId, position, \"primary\") VALUES (?, 'cs.CL', 0, 1)").run(
    PAPER.id,
  );
  const topic = db.prepare("SELECT id FROM Topic ORDER BY id LIMIT 1").get() as { id: number };
  db.prepare("INSERT INTO PaperTopic (paperId, topicId, reason) VALUES (?, ?, ?)").run(
    PAPER.id,
    topic.id,
    "title matches /\\bDPO\\b/i",
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  db.prepare("DELETE FROM Paper WHERE id = ?").run(PAPER.id);
  for (const a of AUTHORS)
    db.prepare("DELETE FROM Author WHERE id = ? AND NOT EXISTS (SELECT 1 FROM PaperAuthor WHERE authorId = ?)").run(
      a.id,
      a.id,
    );
  db.close();
  await browser.close();
});

describe("the paper page", () => {
  it("links the authors, arXiv, the PDF and the DOI, names its links and says its topic reasons in words", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/papers/${PAPER.slug}`);
    const authors = page.getByRole("list", { name: "Authors" });
    await expect(authors.getByRole("link", { name: "Ada Lovelace" }).getAttribute("href")).resolves.toBe(
      "/authors/au-e2e-page-1",
    );
    await expect(page.getByRole("link", { name: "arXiv", exact: true }).getAttribute("href")).resolves.toBe(
      "https://arxiv.org/abs/2403.77777",
    );
    await expect(page.getByRole("link", { name: "PDF", exact: true }).getAttribute("href")).resolves.toBe(
      "https://arxiv.org/pdf/2403.77777",
    );
    await expect(page.getByRole("link", { name: "DOI", exact: true }).getAttribute("href")).resolves.toBe(
      "https://doi.org/10.1234/e2e.77777",
    );
    const links = page.getByRole("region", { name: "Links" });
    await expect(links.getByRole("link", { name: "ada/dpo-tuning" }).getAttribute("href")).resolves.toBe(
      "https://github.com/ada/dpo-tuning",
    );
    await expect(links.getByRole("link", { name: "ada/dpo-7b" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("region", { name: "Topics" }).textContent()).resolves.toContain("title mentions DPO");
    await page.close();
  });

  it("cites as @misc with eprint, archivePrefix and primaryClass, and offers RIS and CSL-JSON", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/papers/${PAPER.slug}`);
    await page.getByText("Cite", { exact: true }).click();
    const bibtex = await page.getByLabel("BibTeX").textContent();
    expect(bibtex).toMatch(/^@misc\{lovelace2024direct,/);
    expect(bibtex).toContain("eprint = {2403.77777}");
    expect(bibtex).toContain("archivePrefix = {arXiv}");
    expect(bibtex).toContain("primaryClass = {cs.CL}");
    const ris = await (await fetch(`${base}/papers/${PAPER.slug}/cite?format=ris`)).text();
    expect(ris).toContain("AU  - Lovelace, Ada");
    const csl = (await (await fetch(`${base}/papers/${PAPER.slug}/cite?format=csl`)).json()) as {
      "citation-key": string;
    }[];
    expect(csl[0]?.["citation-key"]).toBe("lovelace2024direct");
    expect((await fetch(`${base}/papers/${PAPER.slug}/cite?format=doc`)).status).toBe(400);
    await page.close();
  });

  it("wraps a long URL in the abstract instead of scrolling sideways at 360 px", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`${base}/papers/${PAPER.slug}`);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await page.close();
  });
});

describe("the author page", () => {
  it("lists the author's papers and offers to follow them", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/papers/${PAPER.slug}`);
    await page.getByRole("list", { name: "Authors" }).getByRole("link", { name: "Ada Lovelace" }).click();
    await page.waitForURL(/\/authors\/au-e2e-page-1$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Ada Lovelace");
    const list = page.getByRole("list", { name: "Papers by Ada Lovelace" });
    await expect(list.getByRole("heading").allTextContents()).resolves.toEqual([PAPER.title]);
    await expect(page.getByRole("button", { name: "Follow this author" }).isVisible()).resolves.toBe(true);
    expect((await fetch(`${base}/authors/au-no-such-author`)).status).toBe(404);
    await page.close();
  });
});
