// Personal API tokens end to end, without JavaScript: created on the account page (shown once),
// they read the owner's library through /api/v1/library in the documented shape; revoked, they stop.
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { fillSignUp, newPerson } from "../setup/accounts";
import { launchBrowser, type TestBrowser } from "../setup/browser";

const base = inject("appUrl");
const dana = newPerson("Dana");
let browser: TestBrowser;

beforeAll(async () => {
  browser = await launchBrowser({ javaScriptEnabled: false, clientAddress: dana.address });
});
afterAll(async () => {
  await browser.close();
});

const library = (token: string) =>
  fetch(`${base}/api/v1/library`, { headers: { Authorization: `Bearer ${token}`, "X-Forwarded-For": dana.address } });

describe("personal API tokens", () => {
  it("are created once-shown on the account page, read the library, and stop when revoked", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/sign-up?next=/`);
    await fillSignUp(page, dana);
    await page.waitForURL((url) => url.pathname === "/");
    const card = page.locator("ol > li").first();
    const title = (await card.getByRole("heading").getByRole("link").textContent()) ?? "";
    await card.getByRole("button", { name: "Bookmark" }).click();
    await page.waitForURL((url) => url.pathname === "/");

    await page.goto(`${base}/account`);
    await page.getByLabel("Token name").fill("MCP on my laptop");
    await page.getByRole("button", { name: "Create token" }).click();
    await page.getByText("Copy it now").waitFor();
    const token = await page.getByLabel("Your new token").inputValue();
    expect(token).toMatch(/^pb_[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole("list", { name: "Your API tokens" }).textContent()).resolves.toContain(
      "last used never",
    );

    const res = await library(token);
    expect(res.status).toBe(200);
    const body = await res.json();
    const doc = await (await fetch(`${base}/api/openapi.json`)).json();
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(doc, "openapi.json");
    const check = ajv.getSchema("openapi.json#/components/schemas/LibraryResponse")!;
    expect(check(body), ajv.errorsText(check.errors)).toBe(true);
    expect(body.bookmarks.map((b: { paper: { title: string } }) => b.paper.title)).toEqual([title]);

    // Shown once: a fresh visit lists the token by name only, now with its last use.
    await page.goto(`${base}/account`);
    expect(await page.content()).not.toContain(token);
    await expect(page.getByRole("list", { name: "Your API tokens" }).textContent()).resolves.not.toContain(
      "last used never",
    );

    await page.getByRole("button", { name: "Revoke MCP on my laptop" }).click();
    await page.getByText("Token revoked.").waitFor();
    const revoked = await library(token);
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.message).toMatch(/revoked/);
  });

  it("refuses a library read without a token, or with a made-up one", async () => {
    const none = await fetch(`${base}/api/v1/library`, { headers: { "X-Forwarded-For": dana.address } });
    expect(none.status).toBe(401);
    expect((await none.json()).error.message).toMatch(/Authorization: Bearer/);
    expect((await library(`pb_${"A".repeat(43)}`)).status).toBe(401);
  });
});
