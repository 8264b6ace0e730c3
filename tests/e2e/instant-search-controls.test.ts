// Cards that instant search renders in the browser keep the bookmark/upvote controls, with the
// signed-in reader's own state (a bookmark control on every paper card).
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newPerson, signUp } from "../setup/accounts";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const dana = newPerson("Dana");
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ clientAddress: dana.address });
});
afterAll(async () => {
  await browser.close();
});

describe("instant search cards", () => {
  it("show the reader's bookmark state after typing, and bookmark from there", async () => {
    const page = await browser.context.newPage();
    await signUp(page, base, dana);
    await page.goto(`${base}/search?q=helpsteer2`);
    // Hydrated first: a click racing hydration can be swallowed on a busy machine.
    await page.locator("html[data-js=ready]").waitFor({ state: "attached" });
    // …and every script chunk loaded, so the card's own island has hydrated too (ready is set by the layout's).
    await page.waitForLoadState("networkidle");
    const card = () =>
      page
        .getByRole("list", { name: "Search results" })
        .locator(":scope > li")
        .filter({ hasText: "HelpSteer2-Preference" });
    await card().getByRole("button", { name: "Bookmark" }).click();
    // On failure, say what the page showed instead (it has flaked once in a full run on a busy machine).
    await card()
      .getByRole("button", { name: "Bookmark", pressed: true })
      .waitFor()
      .catch(async (error: unknown) => {
        const said = await card()
          .getByRole("status")
          .allInnerTexts()
          .catch(() => []);
        throw new Error(
          `the bookmark did not show as pressed (status: ${JSON.stringify(said)}); ${page.url()} shows: ${(await page.locator("main").innerText()).slice(0, 600)}`,
          { cause: error },
        );
      });
    const box = page.getByRole("searchbox", { name: /Keywords/ });
    await box.fill("");
    await box.pressSequentially("preference", { delay: 20 });
    await page.locator("#results-heading", { hasText: "for “preference”" }).waitFor();
    // Rendered in the browser from /api/search, with this reader's state.
    await expect(card().getByRole("button", { name: "Bookmark" }).getAttribute("aria-pressed")).resolves.toBe("true");
    const other = page
      .getByRole("list", { name: "Search results" })
      .locator(":scope > li")
      .filter({ hasNotText: "HelpSteer2-Preference" })
      .first();
    await other.getByRole("button", { name: "Bookmark" }).click();
    await other.getByRole("button", { name: "Bookmark", pressed: true }).waitFor();
    await page.goto(`${base}/library`);
    expect(await page.getByRole("list", { name: "Bookmarks" }).locator(":scope > li").count()).toBe(2);
    await page.close();
  });
});
