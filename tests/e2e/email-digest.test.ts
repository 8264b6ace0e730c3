// The email digest end to end: the production app talks to a real SMTP server; forms work without
// JavaScript; confirm (a GET changes nothing, the page's POST confirms), digest:send and both
// unsubscribe paths; bad input; rate limits.
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type AppServer } from "../setup/app-server";
import { launchBrowser, type TestBrowser } from "../setup/browser";
import { runDigestSend } from "../setup/digest-cli";
import { linkIn, rawHeader, startTestSmtp, type TestSmtp } from "../setup/smtp";

let smtp: TestSmtp;
let app: AppServer;
let browser: TestBrowser;
let ipCounter = 0;

/** Each call looks like another client (the app trusts the nearest X-Forwarded-For hop; no proxy here). */
const freshIp = () => `203.0.113.${++ipCounter}`;

function postForm(path: string, fields: Record<string, string>, ip = freshIp()) {
  return fetch(`${app.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": ip },
    body: new URLSearchParams(fields),
  });
}

/** The app's links use http://localhost:<port>; the tests reach the same server on 127.0.0.1. */
const local = (url: string) => url.replace(/^http:\/\/localhost:\d+/, app.url);

function statusOf(email: string): string | undefined {
  const db = new Database(path.join(app.dataDir, "paperboard.db"), { readonly: true });
  try {
    return (
      db.prepare("SELECT status FROM EmailSubscriber WHERE email = ?").get(email) as { status: string } | undefined
    )?.status;
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  app = await startApp({ ...smtp.env(), SUBSCRIBE_LIMIT_PER_IP: "3", SUBSCRIBE_LIMIT_PER_ADDRESS: "3" });
  browser = await launchBrowser({ javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await smtp?.stop();
});

describe("email digest", () => {
  it("subscribes without JavaScript and confirms from the mailed link", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/subscribe`);
    await page.getByLabel("Email address").fill("reader@example.org");
    await page.getByLabel(/Weekly/).check();
    await page.getByRole("button", { name: "Subscribe" }).click();
    await page.waitForURL(/\/subscribe\?status=sent$/);
    await expect(page.getByRole("status").textContent()).resolves.toContain("Check your inbox");
    const [mail] = await smtp.waitFor(1);
    expect(mail!.parsed.subject).toBe("Confirm your Paperboard weekly digest");
    const link = local(linkIn(mail!, "http://localhost"));
    expect(new URL(link).pathname).toBe("/subscribe/confirm");
    // What a mail scanner does: open the link, and the older /api link, and follow every redirect.
    const token = new URL(link).searchParams.get("token")!;
    for (const url of [link, `${app.url}/api/subscribe/confirm?token=${token}`])
      expect((await fetch(url)).status).toBe(200);
    expect(statusOf("reader@example.org")).toBe("pending");
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Confirm your subscription");
    await expect(page.getByText("Start the weekly trending digest").isVisible()).resolves.toBe(true);
    expect(statusOf("reader@example.org")).toBe("pending");
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.waitForURL(/\/subscribe\/confirmed\?status=confirmed$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Subscription confirmed");
    expect(statusOf("reader@example.org")).toBe("active");
    await page.close();
  });

  it("refuses a confirmation posted from another site", async () => {
    expect((await postForm("/api/subscribe", { email: "cross@example.org" })).status).toBe(303);
    const mail = smtp.messages.filter((m) => m.to[0] === "cross@example.org").at(-1)!;
    const token = new URL(linkIn(mail, "http://localhost")).searchParams.get("token")!;
    const post = (origin: string) =>
      fetch(`${app.url}/api/subscribe/confirm?token=${token}`, {
        method: "POST",
        redirect: "manual",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: origin },
        body: "from=page",
      });
    expect((await post("https://evil.example")).status).toBe(403);
    expect(statusOf("cross@example.org")).toBe("pending");
    const same = await post(`http://localhost:${new URL(app.url).port}`);
    expect(same.headers.get("location")).toBe("/subscribe/confirmed?status=confirmed");
    expect(statusOf("cross@example.org")).toBe("active");
  });

  it("answers alike for new and subscribed addresses, and rejects bad ones with a message", async () => {
    const known = await postForm("/api/subscribe", { email: "reader@example.org", frequency: "weekly" });
    const fresh = await postForm("/api/subscribe", { email: "someone-new@example.org", frequency: "weekly" });
    for (const res of [known, fresh]) {
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/subscribe?status=sent");
    }
    const bad = await postForm("/api/subscribe", { email: "not-an-address", frequency: "daily" });
    expect(bad.headers.get("location")).toBe("/subscribe?error=invalid-email");
    const page = await browser.context.newPage();
    await page.goto(`${app.url}/subscribe?error=invalid-email`);
    await expect(page.getByRole("alert").textContent()).resolves.toBe(
      "Enter a valid email address, like name@example.org.",
    );
    await page.close();
    const json = await fetch(`${app.url}/api/subscribe`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: "a@b" }),
    });
    expect(json.status).toBe(400);
    expect((await json.json()).error.message).toBe("Enter a valid email address, like name@example.org.");
  });

  it("rate-limits per IP and per address with 429", async () => {
    const ip = freshIp();
    for (let i = 1; i <= 3; i++)
      expect((await postForm("/api/subscribe", { email: `ip${i}@example.org` }, ip)).status).toBe(303);
    const limited = await postForm("/api/subscribe", { email: "ip4@example.org" }, ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.text()).toContain("Too many subscription requests");
    // One address from many IPs: its third request already counted above ("reader" twice so far).
    expect((await postForm("/api/subscribe", { email: "reader@example.org" })).status).toBe(303);
    expect((await postForm("/api/subscribe", { email: "reader@example.org" })).status).toBe(429);
  });

  it("mails the digest, then unsubscribes from the header POST and from the page link", async () => {
    const subscribe = await postForm("/api/subscribe", { email: "second@example.org", frequency: "weekly" });
    expect(subscribe.status).toBe(303);
    const confirm = smtp.messages.filter((m) => m.to[0] === "second@example.org").at(-1)!;
    const token = new URL(linkIn(confirm, "http://localhost")).searchParams.get("token")!;
    const confirmed = await fetch(`${app.url}/api/subscribe/confirm?token=${token}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(await confirmed.json()).toEqual({ status: "confirmed" });

    smtp.clear();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: app.dataDir,
      ...smtp.env(),
      PORT: new URL(app.url).port,
    };
    delete env.DATABASE_FILE;
    const run = await runDigestSend(["--weekly", "--date", "2026-03-13"], env);
    expect(run.output).toContain("weekly:2026-03-09: 98 papers; sent 2, already sent 0, failed 0");
    const mails = await smtp.waitFor(2);
    const mailTo = (who: string) => mails.find((m) => m.to[0] === who)!;

    const oneClick = local(rawHeader(mailTo("reader@example.org"), "List-Unsubscribe")!.slice(1, -1));
    const res = await fetch(oneClick, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(res.status).toBe(200);
    expect(statusOf("reader@example.org")).toBe("unsubscribed");

    const page = await browser.context.newPage();
    await page.goto(
      local(linkIn(mailTo("second@example.org"), `http://localhost:${new URL(app.url).port}/unsubscribe`)),
    );
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await page.waitForURL(/\/unsubscribe\?status=done$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("You are unsubscribed");
    expect(statusOf("second@example.org")).toBe("unsubscribed");
    await page.close();
  });
});
