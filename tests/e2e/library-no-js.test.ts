// The same controls without JavaScript: an anonymous bookmark click goes through sign-up and comes
// back with the bookmark made; the library's forms are plain POSTs that work.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { fillSignUp, newPerson } from "../setup/accounts";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const carol = newPerson("Carol");
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ javaScriptEnabled: false, clientAddress: carol.address });
});
afterAll(async () => {
  await browser.close();
});

describe("without JavaScript", () => {
  it("anonymous bookmark → sign in → back on the page with the bookmark made", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/topics`);
    await page
      .getByRole("link")
      .filter({ hasText: /papers/ })
      .first()
      .click();
    const topicUrl = new URL(page.url());
    const card = page.locator("ol > li").nth(1);
    const title = (await card.getByRole("heading").getByRole("link").textContent()) ?? "";
    await card.getByRole("button", { name: "Bookmark" }).click();
    await page.waitForURL(/\/sign-in\?/);
    const signIn = new URL(page.url());
    expect(signIn.searchParams.get("next")).toBe(topicUrl.pathname);
    expect(signIn.searchParams.get("bookmark")).toMatch(/^[A-Za-z0-9_-]+$/);
    await page.getByRole("link", { name: "Create an account" }).click();
    await fillSignUp(page, carol);
    await page.waitForURL((url) => url.pathname === topicUrl.pathname);
    const again = page.locator("ol > li").filter({ hasText: title }).first();
    await expect(again.getByRole("button", { name: "Bookmark" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await page.goto(`${base}/library`);
    await expect(page.getByRole("list", { name: "Bookmarks" }).textContent()).resolves.toContain(title);
  });

  it("edits notes and collections, and un-bookmarks, with plain form posts", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/library`);
    await page.getByLabel("New collection name").fill("Thesis");
    await page.getByRole("button", { name: "Create" }).click();
    await page.getByText("Collection created.").waitFor();
    const item = page.getByRole("list", { name: "Bookmarks" }).locator(":scope > li").first();
    await item.getByText("Edit note, tags, collections").click();
    await item.getByLabel("Private note").fill("read section 4 first");
    await item.getByLabel("Thesis").check();
    await item.getByLabel("Read", { exact: true }).check();
    await item.getByRole("button", { name: "Save" }).click();
    await page.getByText("Bookmark saved.").waitFor();
    await page.goto(`${base}/library?read=read`);
    await expect(page.getByTestId("note").textContent()).resolves.toBe("read section 4 first");
    await page.getByRole("button", { name: "Remove from library" }).click();
    await page.getByText("No bookmarks here yet").waitFor();
  });

  it("signs out with a form post", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/account`);
    await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    expect((await browser.context.cookies()).some((c) => c.name.endsWith("session_token") && c.value)).toBe(false);
  });
});
