// Account helpers for browser tests: unique people, each from their own client address.
import type { Page } from "playwright-core";
import { linkIn, type TestSmtp } from "./smtp";

let counter = 0;

export type Person = { name: string; email: string; password: string; address: string };

/** A new person with a unique email and a unique X-Forwarded-For address (rate limits are per address). */
export function newPerson(name: string): Person {
  counter += 1;
  const stamp = `${Date.now().toString(36)}${counter}`;
  return {
    name,
    email: `${name.toLowerCase()}-${stamp}@example.test`,
    password: `correct horse ${stamp}`,
    address: `10.${process.pid % 250}.${counter}.${(Date.now() % 250) + 1}`,
  };
}

/** Fills the sign-up form on the current page (must be /sign-up) and submits it. */
export async function fillSignUp(page: Page, person: Person): Promise<void> {
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel(/^Password/).fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signUp(page: Page, base: string, person: Person, next = "/"): Promise<void> {
  await page.goto(`${base}/sign-up?next=${encodeURIComponent(next)}`);
  await fillSignUp(page, person);
  await page.waitForURL((url) => url.pathname === new URL(next, base).pathname);
}

/**
 * Sign-up on an app with email on: the form, then the confirmation mail's link and its button
 * (which signs in). The app's links name http://localhost:<port>; `base` may be 127.0.0.1.
 */
export async function signUpConfirmed(page: Page, base: string, person: Person, smtp: TestSmtp): Promise<void> {
  await page.goto(`${base}/sign-up`);
  await fillSignUp(page, person);
  await page.waitForURL((url) => url.pathname === "/sign-up/check-email");
  const deadline = Date.now() + 10_000;
  let mail = smtp.messages.find((m) => m.to[0] === person.email);
  while (!mail && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    mail = smtp.messages.find((m) => m.to[0] === person.email);
  }
  if (!mail) throw new Error(`no confirmation mail to ${person.email}`);
  const port = new URL(base).port;
  await page.goto(linkIn(mail, `http://localhost:${port}/verify-email`).replace(/^http:\/\/localhost:\d+/, base));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await page.waitForURL((url) => url.pathname === "/verify-email" && url.searchParams.get("status") === "done");
}
