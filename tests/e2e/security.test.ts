// Privacy and security of the library: another user (or nobody) can neither see nor change a user's
// library through any server action; cross-site posts are refused; user text renders inert; share
// links are unguessable and revocable; sign-in is rate-limited.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { newPerson, signUp } from "../setup/accounts";
import { launchBrowser, type TestBrowser } from "../setup/browser";
import { cookieHeader, formFields, postForm } from "../setup/forms";

const base = inject("appUrl");
const alice = newPerson("Dana");
const bob = newPerson("Eve");
const XSS = `<img src=x onerror="window.__pwned=1">"><script>window.__pwned=1</script>`;
let a: TestBrowser;
let b: TestBrowser;
let alicePage: Page;
let bobPage: Page;
let aliceIds: { bookmarkId: string; collectionId: string };

async function bookmarkFirstTrending(page: Page): Promise<void> {
  await page.goto(`${base}/`);
  const done = page.waitForResponse((r) => r.request().method() === "POST");
  await page.getByRole("button", { name: "Bookmark" }).first().click();
  await done;
}

async function createCollection(page: Page, name: string): Promise<void> {
  await page.goto(`${base}/library`);
  await page.getByLabel("New collection name").fill(name);
  await page.getByRole("button", { name: "Create" }).click();
  await page.getByText("Collection created.").waitFor();
}

beforeAll(async () => {
  a = await launchBrowser({ clientAddress: alice.address });
  b = await launchBrowser({ clientAddress: bob.address });
  alicePage = await a.context.newPage();
  bobPage = await b.context.newPage();
  await signUp(alicePage, base, alice);
  await signUp(bobPage, base, bob);
  for (const [page, name] of [
    [alicePage, "Private stuff"],
    [bobPage, "Bob's"],
  ] as const) {
    await bookmarkFirstTrending(page);
    await createCollection(page, name);
  }
  const collectionHref = (await alicePage.getByRole("link", { name: "Private stuff" }).getAttribute("href")) ?? "";
  aliceIds = {
    bookmarkId: await alicePage.locator('input[name="bookmarkId"]').first().inputValue(),
    collectionId: new URL(collectionHref, base).searchParams.get("collection") ?? "",
  };
});
afterAll(async () => {
  await a.close();
  await b.close();
});

describe("another user's library", () => {
  it("cannot be changed through any library action, with another session or none", async () => {
    await bobPage.goto(`${base}/library`);
    // Forms inside closed <details> are not "visible" to role queries: select them by CSS.
    const byButton = (name: string) =>
      bobPage.locator("form", { has: bobPage.locator("button", { hasText: name }) }).first();
    const attempts: [string, [string, string][], Record<string, string>][] = [
      [
        "save bookmark",
        await formFields(byButton("Save")),
        { bookmarkId: aliceIds.bookmarkId, note: "pwned", collections: aliceIds.collectionId },
      ],
      ["rename", await formFields(byButton("Rename")), { collectionId: aliceIds.collectionId, name: "pwned" }],
      ["share", await formFields(byButton("Create share link")), { collectionId: aliceIds.collectionId }],
      ["delete", await formFields(byButton("Delete Bob's")), { collectionId: aliceIds.collectionId }],
    ];
    const bobCookie = await cookieHeader(b.context);
    for (const [what, fields, override] of attempts) {
      const asBob = await postForm(`${base}/library`, fields, {
        cookie: bobCookie,
        origin: base,
        address: bob.address,
        override,
      });
      expect([what, asBob.status]).toEqual([what, 303]);
      expect([what, asBob.headers.get("location")]).toEqual([what, expect.stringContaining("notice=not-found")]);
      const anonymous = await postForm(`${base}/library`, fields, { origin: base, address: bob.address, override });
      expect([what, anonymous.headers.get("location")]).toEqual([what, expect.stringMatching(/^\/sign-in\?next=/)]);
    }
    await alicePage.goto(`${base}/library`);
    await alicePage.getByRole("link", { name: "Private stuff" }).waitFor();
    expect(await alicePage.getByTestId("note").count()).toBe(0);
    expect(await alicePage.getByText("Read-only link").count()).toBe(0);
  });

  it("cannot be imported into, exported, or filtered by another user", async () => {
    const ris = await bobPage.request.get(`${base}/library/export?format=ris&collection=${aliceIds.collectionId}`);
    expect(ris.status()).toBe(404);
    expect((await fetch(`${base}/library/export?format=bibtex`)).status).toBe(401);
    await bobPage.goto(`${base}/library/import`);
    // Hydration would reset a <select> changed before it (a fresh-clone CI run clicked too early).
    await bobPage.locator("html[data-js=ready]").waitFor();
    await bobPage.evaluate((id) => {
      const select = document.querySelector<HTMLSelectElement>("#import-collection")!;
      select.add(new Option("alice's", id));
      select.value = id;
    }, aliceIds.collectionId);
    await bobPage.getByLabel("arXiv ids or URLs (one per line)").fill("2401.00001");
    await bobPage.getByRole("button", { name: "Import" }).click();
    await bobPage.getByText("No such collection.").waitFor();
  });
});

describe("cross-site requests", () => {
  it("a server action posted from another origin is refused and changes nothing", async () => {
    await alicePage.goto(`${base}/library`);
    const fields = await formFields(
      alicePage.locator("form").filter({ has: alicePage.getByRole("button", { name: "Create", exact: true }) }),
    );
    const cookie = await cookieHeader(a.context);
    const evil = await postForm(`${base}/library`, fields, {
      cookie,
      origin: "https://evil.example",
      address: alice.address,
      override: { name: "From evil" },
    });
    expect(evil.status).toBeGreaterThanOrEqual(400);
    const same = await postForm(`${base}/library`, fields, {
      cookie,
      origin: base,
      address: alice.address,
      override: { name: "From here" },
    });
    expect(same.status).toBe(303); // the same request from our origin works: the Origin made the difference
    await alicePage.reload();
    expect(await alicePage.getByRole("link", { name: "From evil" }).count()).toBe(0);
    expect(await alicePage.getByRole("link", { name: "From here" }).count()).toBe(1);
  });

  it("better-auth's endpoints refuse another origin when a session cookie comes along", async () => {
    // Without cookies there is nothing to forge; its JSON-only endpoints also cannot be reached by a
    // cross-site <form>, and a cross-site fetch with a JSON body needs a CORS preflight we never grant.
    const response = await fetch(`${base}/api/auth/change-password`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "https://evil.example",
        cookie: await cookieHeader(a.context),
        "x-forwarded-for": "10.250.0.1",
      },
      body: JSON.stringify({ currentPassword: alice.password, newPassword: "attacker-chosen-password" }),
    });
    expect(response.status).toBe(403);
    const form = await fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "https://evil.example",
        "x-forwarded-for": "10.250.0.2",
      },
      body: new URLSearchParams({ email: alice.email, password: alice.password }).toString(),
    });
    expect(form.ok).toBe(false);
  });
});

describe("untrusted text", () => {
  it("renders inert in notes, tags and collection names", async () => {
    await createCollection(alicePage, XSS.slice(0, 80));
    const item = alicePage.getByRole("list", { name: "Bookmarks" }).locator(":scope > li").first();
    await item.getByText("Edit note, tags, collections").click();
    await item.getByLabel("Private note").fill(XSS);
    await item.getByLabel("Tags (comma-separated)").fill(XSS.slice(0, 40));
    await item.getByRole("button", { name: "Save" }).click();
    await alicePage.getByText("Bookmark saved.").waitFor();
    await alicePage.reload();
    await expect(alicePage.getByTestId("note").textContent()).resolves.toBe(XSS);
    expect(await alicePage.locator('main img[src="x"], main script:not([src]):has-text("__pwned")').count()).toBe(0);
    expect(await alicePage.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});

describe("share links", () => {
  it("show a collection read-only to anyone with the link until revoked", async () => {
    await alicePage.goto(`${base}/library`);
    const manage = alicePage
      .getByRole("listitem")
      .filter({ has: alicePage.getByRole("link", { name: "Private stuff" }) });
    await manage.getByText("Manage").click();
    await manage.getByRole("button", { name: "Create share link" }).click();
    await alicePage.getByText("Share link created.").waitFor();
    const link = alicePage
      .getByRole("listitem")
      .filter({ has: alicePage.getByRole("link", { name: "Private stuff" }) })
      .locator('a[href^="/shared/"]');
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/shared\/[A-Za-z0-9_-]{43}$/);
    const shared = await fetch(`${base}${href}`);
    expect(shared.status).toBe(200);
    const html = await shared.text();
    expect(html).toContain("Private stuff");
    expect(html).not.toContain("__pwned"); // notes and tags stay private
    expect((await fetch(`${base}/shared/${"A".repeat(43)}`)).status).toBe(404);
    await alicePage
      .getByRole("listitem")
      .filter({ has: alicePage.getByRole("link", { name: "Private stuff" }) })
      .getByText("Manage")
      .click();
    await alicePage.getByRole("button", { name: "Revoke share link" }).click();
    await alicePage.getByText("Share link revoked.").waitFor();
    expect((await fetch(`${base}${href}`)).status).toBe(404);
  });
});

describe("sign-in", () => {
  it("is rate-limited per client address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await fetch(`${base}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: base, "x-forwarded-for": "10.251.0.9" },
        body: JSON.stringify({ email: alice.email, password: "wrong password!" }),
      });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it("is rate-limited in the no-JS form too, with a message", async () => {
    const browser = await launchBrowser({ javaScriptEnabled: false, clientAddress: "10.251.0.10" });
    const page = await browser.context.newPage();
    for (let i = 0; i < 4; i++) {
      await page.goto(`${base}/sign-in`);
      await page.getByLabel("Email").fill(alice.email);
      await page.getByLabel("Password").fill("wrong password!");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("alert").filter({ hasText: /./ }).waitFor();
    }
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Too many attempts");
    await browser.close();
  });

  it("never redirects off-site after signing in", async () => {
    const browser = await launchBrowser({ clientAddress: "10.251.0.11" });
    const page = await browser.context.newPage();
    await page.goto(`${base}/sign-in?next=${encodeURIComponent("//evil.example/x")}`);
    await page.getByLabel("Email").fill(alice.email);
    await page.getByLabel("Password").fill(alice.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${base}/`);
    await browser.close();
  });
});
