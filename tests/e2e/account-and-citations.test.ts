// Change password; what Zotero reads (Highwire meta on paper pages, COinS on lists); search-page
// export; BibTeX import that reports unknown papers.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { newPerson, signUp } from "../setup/accounts";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const frank = newPerson("Frank");
const KNOWN_TITLE = "Theme Transformer: Symbolic Music Generation with Theme-Conditioned Transformer";
let browser: TestBrowser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser({ clientAddress: frank.address });
  page = await browser.context.newPage();
  await signUp(page, base, frank);
});
afterAll(async () => {
  await browser.close();
});

describe("account", () => {
  it("changes the password: the old one stops working, the new one works", async () => {
    await page.goto(`${base}/account`);
    const next = `${frank.password} v2`;
    await page.getByLabel("Current password").fill(frank.password);
    await page.getByLabel(/^New password/).fill(next);
    await page.getByRole("button", { name: "Change password" }).click();
    await page.getByRole("main").getByText("Password changed.").waitFor();
    const signIn = (password: string) =>
      fetch(`${base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, "x-forwarded-for": "10.252.0.1" },
        body: JSON.stringify({ email: frank.email, password }),
      });
    expect((await signIn(frank.password)).status).toBe(401);
    expect((await signIn(next)).status).toBe(200);
  });
});

describe("Zotero-readable pages", () => {
  it("paper pages carry Highwire citation_* meta tags", async () => {
    await page.goto(`${base}/`);
    await page.getByRole("link", { name: KNOWN_TITLE }).click();
    await page.waitForURL(/\/papers\//);
    await expect(page.locator('meta[name="citation_title"]').getAttribute("content")).resolves.toBe(KNOWN_TITLE);
    await expect(page.locator('meta[name="citation_date"]').getAttribute("content")).resolves.toMatch(
      /^\d{4}\/\d{2}\/\d{2}$/,
    );
    await expect(page.locator('meta[name="citation_abstract_html_url"]').getAttribute("content")).resolves.toContain(
      "/papers/",
    );
    // Exactly the authors the page names (the seed names none; the site-page checks give one paper an author):
    // none invented, none lost.
    const metaAuthors = await page
      .locator('meta[name="citation_author"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("content")));
    const shownAuthors = await page.locator('main a[href^="/authors/"]').allInnerTexts();
    expect(metaAuthors).toEqual(shownAuthors.map((a) => a.trim()));
  });

  it("list pages carry one COinS span per item", async () => {
    await page.goto(`${base}/?sort=newest`); // digest order, whatever other tests voted for
    const spans = page.locator("span.Z3988");
    expect(await spans.count()).toBe(30); // one per card of the page
    const kev = new URLSearchParams((await spans.first().getAttribute("title")) ?? "");
    expect(kev.get("ctx_ver")).toBe("Z39.88-2004");
    expect(kev.get("rft.atitle")).toBe(KNOWN_TITLE);
  });
});

describe("export and import", () => {
  it("exports a search result page as RIS and CSL-JSON", async () => {
    await page.goto(`${base}/search?q=transformer`);
    const ris = await page.request.get(
      `${base}${await page.getByRole("link", { name: "RIS", exact: true }).getAttribute("href")}`,
    );
    expect(ris.headers()["content-type"]).toContain("application/x-research-info-systems");
    expect(await ris.text()).toMatch(/^TY {2}- /m);
    const csl = await page.request.get(
      `${base}${await page.getByRole("link", { name: "CSL-JSON", exact: true }).getAttribute("href")}`,
    );
    const items = (await csl.json()) as { title: string; URL: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.URL.startsWith("http"))).toBe(true);
  });

  it("imports a BibTeX file into a collection and reports unknown papers", async () => {
    await page.goto(`${base}/library`);
    await page.getByLabel("New collection name").fill("Imported");
    await page.getByRole("button", { name: "Create" }).click();
    await page.getByText("Collection created.").waitFor();
    await page.goto(`${base}/library/import`);
    const bib = `@misc{known, title={${KNOWN_TITLE}}}\n@article{ghost, title={A Paper Nobody Wrote}, eprint={2401.99999}, archivePrefix={arXiv}}`;
    await page
      .getByLabel("…or a BibTeX file")
      .setInputFiles({ name: "refs.bib", mimeType: "application/x-bibtex", buffer: Buffer.from(bib) });
    await page.getByLabel("Into collection").selectOption({ label: "Imported" });
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByText("Added 1 paper.").waitFor();
    await expect(page.getByRole("status").textContent()).resolves.toContain("Not in Paperboard (not added): ghost.");
    await page.goto(`${base}/library`);
    await page.getByRole("link", { name: "Imported" }).click();
    await expect(page.getByRole("list", { name: "Bookmarks" }).textContent()).resolves.toContain(KNOWN_TITLE);
  });
});
