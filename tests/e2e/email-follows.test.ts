// Follows by email on /follows, in chromium against the production app and a real SMTP server:
// "Email me" with JavaScript (optimistic) and without (form POST), turning the mail on (at once for
// a confirmed address; double opt-in — the link opens a page whose button confirms — for an account
// from before addresses were confirmed) and off.
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newPerson, signUpConfirmed } from "../setup/accounts";
import { startApp, type AppServer } from "../setup/app-server";
import { launchBrowser, type TestBrowser } from "../setup/browser";
import { linkIn, startTestSmtp, type TestSmtp } from "../setup/smtp";

let smtp: TestSmtp;
let app: AppServer;
const browsers: TestBrowser[] = [];

/** The app's links use http://localhost:<port>; the tests reach the same server on 127.0.0.1. */
const local = (url: string) => url.replace(/^http:\/\/localhost:\d+/, app.url);

async function signedInFollowingAudio(
  name: string,
  javaScriptEnabled: boolean,
): Promise<{ page: Page; email: string }> {
  const person = newPerson(name);
  const browser = await launchBrowser({ javaScriptEnabled, clientAddress: person.address });
  browsers.push(browser);
  const page = await browser.context.newPage();
  await signUpConfirmed(page, app.url, person, smtp);
  await page.goto(`${app.url}/topics/audio`);
  await page.getByRole("button", { name: "Follow this topic" }).click();
  await page.waitForURL(/\/follows\?notice=followed/);
  return { page, email: person.email };
}

const emailMe = (page: Page) => page.getByRole("button", { name: "Email me" });

/** An account as it was before addresses were confirmed (its session stays valid). */
function markUnconfirmed(email: string): void {
  const db = new Database(path.join(app.dataDir, "paperboard.db"));
  try {
    db.prepare("UPDATE User SET emailVerified = 0 WHERE email = ?").run(email);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  app = await startApp(smtp.env());
});
afterAll(async () => {
  for (const b of browsers) await b.close();
  await app?.stop();
  await smtp?.stop();
});

describe("follows by email", () => {
  it("toggles “Email me” optimistically with JavaScript, and it sticks", async () => {
    const { page } = await signedInFollowingAudio("Jess", true);
    await page.waitForSelector("html[data-js=ready]");
    await expect(emailMe(page).getAttribute("aria-pressed")).resolves.toBe("false");
    const url = page.url();
    await emailMe(page).click();
    await expect.poll(() => emailMe(page).getAttribute("aria-pressed")).toBe("true");
    expect(page.url()).toBe(url); // no navigation: the server action ran in the background
    await page.waitForLoadState("networkidle");
    await page.reload();
    await expect(emailMe(page).getAttribute("aria-pressed")).resolves.toBe("true");
    await page.waitForSelector("html[data-js=ready]");
    await emailMe(page).click();
    await expect.poll(() => emailMe(page).getAttribute("aria-pressed")).toBe("false");
    await page.waitForLoadState("networkidle");
    await page.reload();
    await expect(emailMe(page).getAttribute("aria-pressed")).resolves.toBe("false");
  });

  it("works without JavaScript: toggle, turn on at once for a confirmed address, turn off", async () => {
    const { page, email } = await signedInFollowingAudio("Kim", false);
    await emailMe(page).click();
    await page.waitForURL(/notice=email-follow-on/);
    await expect(emailMe(page).getAttribute("aria-pressed")).resolves.toBe("true");

    const panel = page.getByRole("region", { name: "Deliver my follows by email" });
    await expect(panel.textContent()).resolves.toContain(email);
    await expect(panel.textContent()).resolves.toContain("Your address is confirmed, so it starts at once.");
    const mailsBefore = smtp.messages.length;
    await panel.getByLabel("Weekly").check();
    await panel.getByRole("button", { name: "Turn on email" }).click();
    await page.waitForURL(/notice=email-on/);
    await expect(panel.textContent()).resolves.toMatch(/On: new papers .* are mailed weekly to/);
    expect(smtp.messages.length).toBe(mailsBefore);

    await panel.getByRole("button", { name: "Turn off email" }).click();
    await page.waitForURL(/notice=email-off/);
    await expect(panel.getByRole("button", { name: "Turn on email" }).isVisible()).resolves.toBe(true);
  });

  it("asks an unconfirmed account to confirm: opening the link changes nothing, its page's button confirms", async () => {
    const { page, email } = await signedInFollowingAudio("Lee", false);
    markUnconfirmed(email);
    await page.goto(`${app.url}/follows`);
    const panel = page.getByRole("region", { name: "Deliver my follows by email" });
    await panel.getByLabel("Weekly").check();
    await panel.getByRole("button", { name: "Turn on email" }).click();
    await page.waitForURL(/notice=email-sent/);
    await expect(panel.textContent()).resolves.toContain("Waiting for confirmation");
    const deadline = Date.now() + 10_000;
    while (
      !smtp.messages.some((m) => m.to[0] === email && m.parsed.subject?.includes("follows")) &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 25));
    const mail = smtp.messages.find((m) => m.to[0] === email && m.parsed.subject?.includes("follows"))!;
    expect(mail.parsed.subject).toBe("Confirm weekly email of your Paperboard follows");

    const link = local(linkIn(mail, `http://localhost:${new URL(app.url).port}/subscribe/confirm`));
    expect((await fetch(link)).status).toBe(200); // what a mail scanner does
    await page.goto(`${app.url}/follows`);
    await expect(panel.textContent()).resolves.toContain("Waiting for confirmation");
    await page.goto(link);
    await expect(page.getByText("Start the weekly mail of new papers from your follows").isVisible()).resolves.toBe(
      true,
    );
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.waitForURL(/\/subscribe\/confirmed\?status=confirmed/);
    await page.goto(`${app.url}/follows`);
    await expect(panel.textContent()).resolves.toMatch(/On: new papers .* are mailed weekly to/);
  });
});
