// A reader's library journey in chromium with JavaScript: sign up → bookmark from trending → collection and
// note → reload → find it by its note → export BibTeX → sign out → a second user sees none of it.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { newPerson, signUp } from "../setup/accounts";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const alice = newPerson("Alice");
const bob = newPerson("Bob");
let aliceBrowser: TestBrowser;
let bobBrowser: TestBrowser;
let page: Page;
let paperTitle = "";
let collectionHref = "";

beforeAll(async () => {
  aliceBrowser = await launchBrowser({ clientAddress: alice.address });
  bobBrowser = await launchBrowser({ clientAddress: bob.address });
  page = await aliceBrowser.context.newPage();
});
afterAll(async () => {
  await aliceBrowser.close();
  await bobBrowser.close();
});

const firstCard = (p: Page) => p.getByRole("list", { name: "Trending papers" }).locator(":scope > li").nth(2);
// Votes and bookmarks move a paper up the trending list, so after one, find its card by title.
const cardOf = (p: Page, title: string) =>
  p
    .getByRole("list", { name: "Trending papers" })
    .locator(":scope > li")
    .filter({ has: p.getByRole("heading", { name: title, exact: true }) });

describe("a personal library", () => {
  it("signs up with an httpOnly, SameSite session cookie", async () => {
    await signUp(page, base, alice);
    await page.getByRole("link", { name: "Library" }).waitFor();
    const session = (await aliceBrowser.context.cookies()).find((c) => c.name.endsWith("session_token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });

  it("bookmarks and upvotes from trending, optimistically", async () => {
    await page.goto(`${base}/`);
    paperTitle = (await firstCard(page).getByRole("heading").getByRole("link").textContent()) ?? "";
    const card = cardOf(page, paperTitle);
    const saved = page.waitForResponse((r) => r.request().method() === "POST");
    await card.getByRole("button", { name: "Bookmark" }).click();
    await card.getByRole("button", { name: "Bookmark", pressed: true }).waitFor();
    await saved;
    const voted = page.waitForResponse((r) => r.request().method() === "POST");
    await card.getByRole("button", { name: "Upvote (0)" }).click();
    await card.getByRole("button", { name: "Upvote (1)", pressed: true }).waitFor();
    await voted;
    // The reload is the cached copy: the reader's own state arrives from /api/me/state after hydration.
    await page.reload();
    await cardOf(page, paperTitle).getByRole("button", { name: "Bookmark", pressed: true }).waitFor();
    await cardOf(page, paperTitle).getByRole("button", { name: "Upvote (1)", pressed: true }).waitFor();
  });

  it("files the bookmark in a collection with a note, and finds it by the note after a reload", async () => {
    await page.goto(`${base}/library`);
    await page.getByLabel("New collection name").fill("Reading group");
    await page.getByRole("button", { name: "Create" }).click();
    await page.getByText("Collection created.").waitFor();
    const item = page.getByRole("list", { name: "Bookmarks" }).locator(":scope > li").first();
    await expect(item.getByRole("heading").textContent()).resolves.toBe(paperTitle);
    await item.getByText("Edit note, tags, collections").click();
    await item.getByLabel("Private note").fill("check the zebrafish ablation");
    await item.getByLabel("Tags (comma-separated)").fill("to-cite, ML");
    await item.getByLabel("Reading group").check();
    await item.getByRole("button", { name: "Save" }).click();
    await page.getByText("Bookmark saved.").waitFor();
    await page.reload();
    await expect(page.getByTestId("note").textContent()).resolves.toBe("check the zebrafish ablation");
    await page.getByLabel("Search titles, abstracts, notes, tags").fill("zebrafish");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/q=zebrafish/);
    const found = page.getByRole("list", { name: "Bookmarks" }).locator(":scope > li");
    expect(await found.count()).toBe(1);
    await expect(found.first().textContent()).resolves.toContain("#ml");
    collectionHref = (await page.getByRole("link", { name: "Reading group" }).getAttribute("href")) ?? "";
    expect(collectionHref).toMatch(/^\/library\?collection=\d+$/);
  });

  it("exports the collection as BibTeX", async () => {
    await page.goto(`${base}${collectionHref}`);
    const href = await page.getByRole("link", { name: "BibTeX", exact: true }).getAttribute("href");
    const response = await page.request.get(`${base}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="Reading-group.bib"');
    const bib = await response.text();
    expect(bib).toMatch(/^@misc\{/);
    expect(bib).toContain("year = {2026}");
    expect(bib).toMatch(/url = \{http:\/\/localhost:\d+\/papers\//);
    expect(bib).not.toContain("zebrafish"); // notes are private and not exported
  });

  it("signs out, and a second user sees none of it", async () => {
    await page.goto(`${base}/`);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    await page.goto(`${base}/library`);
    await page.waitForURL(/\/sign-in\?next=(%2F|\/)library/);

    const bobPage = await bobBrowser.context.newPage();
    await signUp(bobPage, base, bob);
    await bobPage.goto(`${base}/library?q=zebrafish`);
    await bobPage.getByText("No bookmarks here yet").waitFor();
    await bobPage.goto(`${base}${collectionHref}`);
    await bobPage.getByText("No bookmarks here yet").waitFor();
    expect(await bobPage.getByRole("link", { name: "Reading group" }).count()).toBe(0);
    const bib = await bobPage.request.get(`${base}/library/export?format=bibtex`);
    expect((await bib.text()).trim()).toBe("");
    expect(
      (
        await bobPage.request.get(`${base}${collectionHref.replace("/library", "/library/export")}&format=ris`)
      ).status(),
    ).toBe(404);
    await bobPage.goto(`${base}/`);
    await expect(
      cardOf(bobPage, paperTitle).getByRole("button", { name: "Bookmark" }).getAttribute("aria-pressed"),
    ).resolves.toBe("false");
  });

  it("rolls an optimistic bookmark back with a message when the server refuses", async () => {
    const bobPage = await bobBrowser.context.newPage();
    await bobPage.goto(`${base}/`);
    // Signed in as far as the page knows (the cached copy learns it from the reader-state request).
    await bobPage.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Library" }).waitFor();
    await bobPage.locator("[data-triage-item] button[aria-pressed]").first().waitFor();
    await bobBrowser.context.clearCookies(); // the session ends while the page is open
    const card = firstCard(bobPage);
    await card.getByRole("button", { name: "Bookmark" }).click();
    await card.getByText("Your session has ended. Sign in again to save papers.").waitFor();
    await expect(card.getByRole("button", { name: "Bookmark" }).getAttribute("aria-pressed")).resolves.toBe("false");
  });
});
