// Accounts with email on, end to end without JavaScript: the production app, a real SMTP server and
// chromium. Sign up → mail → confirm (opening the link changes nothing; its button confirms and
// signs in); a taken address's sign-up answers exactly like a new one's; reset → mail → the new
// password works, the old one does not, the link works once. The new pages pass axe in both themes.
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillSignUp, newPerson, type Person } from "../setup/accounts";
import { startApp, type AppServer } from "../setup/app-server";
import { launchBrowser, type TestBrowser } from "../setup/browser";
import { formFields, postForm } from "../setup/forms";
import { linkIn, startTestSmtp, type CapturedMail, type TestSmtp } from "../setup/smtp";

let smtp: TestSmtp;
let app: AppServer;
const browsers: TestBrowser[] = [];
const noor = newPerson("Noor");
let confirmLink = "";

/** The app's links use http://localhost:<port>; the tests reach the same server on 127.0.0.1. */
const local = (url: string) => url.replace(/^http:\/\/localhost:\d+/, app.url);
const appLink = (mail: CapturedMail, pathname: string) =>
  local(linkIn(mail, `http://localhost:${new URL(app.url).port}${pathname}`));

async function mailTo(email: string, count = 1): Promise<CapturedMail> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mails = smtp.messages.filter((m) => m.to[0] === email);
    if (mails.length >= count) return mails[count - 1]!;
    if (Date.now() > deadline) throw new Error(`expected ${count} mails to ${email}, got ${mails.length}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function emailVerified(email: string): number | undefined {
  const db = new Database(path.join(app.dataDir, "paperboard.db"), { readonly: true });
  try {
    return (
      db.prepare("SELECT emailVerified FROM User WHERE email = ?").get(email) as { emailVerified: number } | undefined
    )?.emailVerified;
  } finally {
    db.close();
  }
}

async function browserFor(person: Person | null, javaScriptEnabled = false): Promise<Page> {
  const browser = await launchBrowser({
    javaScriptEnabled,
    clientAddress: person?.address ?? `10.250.${browsers.length}.1`,
  });
  browsers.push(browser);
  return browser.context.newPage();
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
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

describe("sign-up with email on, without JavaScript", () => {
  it("asks to check the mail, confirms only from the page's button, and signs in", async () => {
    const page = await browserFor(noor);
    await page.goto(`${app.url}/sign-up`);
    await fillSignUp(page, noor);
    await page.waitForURL(/\/sign-up\/check-email$/);
    await expect(page.getByRole("status").textContent()).resolves.toContain(
      "To continue, open the link we mailed you.",
    );
    await page.goto(`${app.url}/account`);
    await page.waitForURL(/\/sign-in\?next=/); // not signed in yet

    const mail = await mailTo(noor.email);
    expect(mail.parsed.subject).toBe("Confirm your email address for Paperboard");
    confirmLink = appLink(mail, "/verify-email");
    // A mail scanner opening the link (and following redirects) confirms nothing and signs nobody in.
    const scanned = await fetch(confirmLink);
    expect([scanned.status, scanned.headers.get("set-cookie")]).toEqual([200, null]);
    expect(emailVerified(noor.email)).toBe(0);

    await page.goto(confirmLink);
    await page.getByRole("button", { name: "Confirm my address" }).click();
    await page.waitForURL(/\/verify-email\?status=done$/);
    await expect(page.getByRole("status").textContent()).resolves.toBe(`You are signed in as ${noor.email}.`);
    expect(emailVerified(noor.email)).toBe(1);
    await page.goto(`${app.url}/account`);
    await expect(page.getByText(`Signed in as ${noor.name} (${noor.email})`).isVisible()).resolves.toBe(true);
  });

  it("answers a sign-up for a taken address exactly like one for a new address", async () => {
    const page = await browserFor(null);
    await page.goto(`${app.url}/sign-up`);
    const fields = await formFields(
      page.locator("form", { has: page.getByRole("button", { name: "Create account" }) }),
    );
    const replay = async (email: string) => {
      const person = newPerson("Replay");
      const started = performance.now();
      const response = await postForm(`${app.url}/sign-up`, fields, {
        origin: app.url,
        address: person.address,
        override: { name: person.name, email, password: person.password },
      });
      const ms = performance.now() - started;
      return {
        status: response.status,
        location: response.headers.get("location"),
        cookie: response.headers.get("set-cookie"),
        body: await response.text(),
        ms,
      };
    };
    const taken = [noor.email];
    for (let i = 0; i < 3; i++) {
      const email = newPerson("Taken").email;
      expect((await replay(email)).status).toBe(303);
      taken.push(email);
    }
    const answers = {
      fresh: [] as Awaited<ReturnType<typeof replay>>[],
      taken: [] as Awaited<ReturnType<typeof replay>>[],
    };
    for (const email of taken) {
      answers.fresh.push(await replay(newPerson("Fresh").email));
      answers.taken.push(await replay(email));
    }
    const [first] = answers.fresh;
    for (const answer of [...answers.fresh, ...answers.taken]) {
      expect({ ...answer, ms: 0 }).toEqual({ ...first!, ms: 0 });
    }
    expect(first).toMatchObject({ status: 303, location: "/sign-up/check-email", cookie: null });
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const [fresh, takenMs] = [median(answers.fresh.map((a) => a.ms)), median(answers.taken.map((a) => a.ms))];
    expect(Math.max(fresh, takenMs) / Math.min(fresh, takenMs)).toBeLessThan(2);
    // What does differ is the mail, which only the address's owner reads.
    expect((await mailTo(noor.email, 2)).parsed.subject).toBe(
      "Someone tried to create a Paperboard account with your address",
    );
  });
});

describe("password reset, without JavaScript", () => {
  it("mails a link; the new password works, the old one does not; the link works once", async () => {
    const signedIn = await browserFor(noor);
    await signIn(signedIn, noor.email, noor.password);
    await signedIn.waitForURL(`${app.url}/`);

    const page = await browserFor(noor);
    await page.goto(`${app.url}/sign-in`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.getByLabel("Email").fill(noor.email);
    await page.getByRole("button", { name: "Mail me a reset link" }).click();
    await page.waitForURL(/\/reset-password\?status=sent$/);
    await expect(page.getByRole("status").textContent()).resolves.toContain(
      "If an account uses that address, a link to choose a new password is on its way.",
    );

    const mail = await mailTo(noor.email, 3);
    expect(mail.parsed.subject).toBe("Reset your Paperboard password");
    const link = appLink(mail, "/reset-password");
    await page.goto(link);
    await page.getByLabel(/^New password/).fill("a completely new password");
    await page.getByRole("button", { name: "Set the new password" }).click();
    await page.waitForURL(/\/sign-in\?notice=password-reset$/);
    await expect(page.getByRole("status").first().textContent()).resolves.toContain("Your password was changed");

    await signIn(page, noor.email, noor.password);
    await expect(page.getByRole("alert").textContent()).resolves.toContain("Email or password is incorrect.");
    await signIn(page, noor.email, "a completely new password");
    await page.waitForURL(`${app.url}/`);

    await page.goto(link);
    await page.getByLabel(/^New password/).fill("yet another new password");
    await page.getByRole("button", { name: "Set the new password" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toBe(
      "This link has expired or was already used. Ask for a new one.",
    );

    // The reset signed out the session opened before it.
    await signedIn.goto(`${app.url}/account`);
    await signedIn.waitForURL(/\/sign-in\?next=/);
  });
});

describe.each(["light", "dark"] as const)("the account pages in the %s theme", (colorScheme) => {
  it.each([1280, 360])("pass axe at %i px wide and never scroll sideways", async (width) => {
    const page = await browserFor(null, true);
    const token = new URL(confirmLink).searchParams.get("token")!;
    const paths = [
      "/sign-up",
      "/sign-up/check-email",
      `/verify-email?token=${token}`,
      "/verify-email?status=done",
      "/reset-password",
      "/reset-password?status=sent",
      "/reset-password?token=abc",
    ];
    const report: string[] = [];
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme });
    for (const p of paths) {
      await page.goto(`${app.url}${p}`);
      for (const v of (await new AxeBuilder({ page }).analyze()).violations) report.push(`${p}: ${v.id} — ${v.help}`);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      if (scrollWidth > innerWidth) report.push(`${p}: scrolls sideways (${scrollWidth} > ${innerWidth})`);
    }
    expect(report.join("\n")).toBe("");
    await page.close();
  });
});
