// Two app instances on one PostgreSQL and one Meilisearch, sharing no memory (docs/deploy.md): what one
// writes the other reads, a vote on one and an ingest reach the other's cached pages (the page cache
// in the database), two digest:send runs on two "hosts" mail each subscriber once, and two syncs
// started together run once (the database leases).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeSyncEnv } from "../fake-upstream/config";
import { type FakeUpstream, startFakeUpstream } from "../fake-upstream/server";
import { recordedWorld } from "../fake-upstream/world";
import { newPerson, signUp } from "../setup/accounts";
import type { AppServer } from "../setup/app-server";
import { cardTitled, launchBrowser } from "../setup/browser";
import { anonymousVotes, cacheState } from "../setup/cached-pages";
import { runDigestSend } from "../setup/digest-cli";
import { startSharedServices, type SharedServices } from "../setup/instances";
import { startTestSmtp, type TestSmtp } from "../setup/smtp";

let shared: SharedServices;
let a: AppServer;
let b: AppServer;
let tmp: string;

beforeAll(async () => {
  shared = await startSharedServices();
  [a, b] = await Promise.all([shared.startInstance(), shared.startInstance()]);
  tmp = mkdtempSync(path.join(os.tmpdir(), "paperboard-multi-"));
}, 240_000);

afterAll(async () => {
  await shared?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A process on another "host": the shared environment, its own DATA_DIR, nothing else in common. */
function hostEnv(name: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...shared.env, DATA_DIR: path.join(tmp, name), ...extra };
}

describe("two instances", () => {
  it("serve one database: an account made on A signs in on B, and A's session is valid on B", async () => {
    const email = `multi-${randomBytes(4).toString("hex")}@example.org`;
    const password = "correct horse battery staple";
    const headers = (origin: string) => ({
      "Content-Type": "application/json",
      Origin: origin,
      "X-Forwarded-For": "203.0.113.7",
    });
    const signUp = await fetch(`${a.url}/api/auth/sign-up/email`, {
      method: "POST",
      headers: headers(a.url),
      body: JSON.stringify({ email, password, name: "Multi" }),
    });
    expect(signUp.status, await signUp.clone().text()).toBe(200);
    const cookie = (signUp.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(cookie).toMatch(/session_token=/);

    const onB = await fetch(`${b.url}/api/auth/get-session`, { headers: { Cookie: cookie } });
    expect(((await onB.json()) as { user?: { email: string } } | null)?.user?.email).toBe(email);
    const signIn = await fetch(`${b.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: headers(b.url),
      body: JSON.stringify({ email, password }),
    });
    expect(signIn.status).toBe(200);
    expect(await shared.db.session.count({ where: { user: { email } } })).toBe(2);
  });

  it("search from either instance with the search-only key", async () => {
    for (const app of [a, b]) {
      const response = await fetch(`${app.url}/api/search?q=language`, {
        headers: { "X-Forwarded-For": "203.0.113.8" },
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { total?: number; hits?: unknown[] }).hits?.length).toBeGreaterThan(0);
    }
  });
});

describe("the page cache two instances share", () => {
  const url = "/?date=2026-03-13&sort=newest";
  const anonymous = (app: AppServer, path = url) => fetch(`${app.url}${path}`, { redirect: "manual" });

  it("shows a vote made on A on B's cached page once it is revalidated", async () => {
    const html = await (await anonymous(b)).text();
    const title = /<h2[^>]*><a[^>]*>([^<&]+)<\/a>/.exec(html)?.[1];
    expect(title).toBeTruthy();
    const second = await anonymous(b);
    expect(cacheState(second)).toBe("HIT");
    const before = await anonymousVotes(b.url, url, title!);
    // A page B rendered is served from the shared cache by A too, without rendering it again.
    expect(cacheState(await anonymous(a))).toBe("HIT");

    const person = newPerson("Voter");
    const browser = await launchBrowser({ clientAddress: person.address });
    try {
      const page = await browser.context.newPage();
      await signUp(page, a.url, person, url);
      await page.locator("html[data-js=ready]").waitFor();
      const card = cardTitled(page, title!);
      await card.getByRole("button", { name: /Upvote/ }).click();
      await expect.poll(() => card.getByRole("button", { name: /Upvote/ }).getAttribute("aria-pressed")).toBe("true");
    } finally {
      await browser.close();
    }

    // B never heard of the vote but through the database: its cached copy is stale there.
    await expect.poll(() => anonymousVotes(b.url, url, title!), { timeout: 15_000 }).toBe(before + 1);
    // …and caches it again (once a render that began after the vote's revalidation is stored).
    await expect.poll(async () => cacheState(await anonymous(b))).toBe("HIT");
    expect(await anonymousVotes(a.url, url, title!)).toBe(before + 1);
  });

  it("shows a paper an ingest against the shared database adds on both instances' cached `/`", async () => {
    for (const app of [a, b]) {
      await anonymous(app, "/");
      expect(cacheState(await anonymous(app, "/"))).toBe("HIT");
    }
    const digest = path.join(tmp, "digest-2026-03-16.txt");
    writeFileSync(
      digest,
      "Mar 16\n\nShared Caches Considered Helpful\n\nWe cache a trending page on two instances and ingest a new digest into the database they share.\n",
    );
    const ingest = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/ingest.ts", digest, "--date", "2026-03-16"],
      { env: hostEnv("ingest-host") },
    );
    let output = "";
    ingest.stdout.on("data", (c: Buffer) => (output += c.toString()));
    ingest.stderr.on("data", (c: Buffer) => (output += c.toString()));
    expect(await new Promise((resolve) => ingest.on("exit", resolve)), output).toBe(0);
    for (const app of [a, b]) {
      const html = await (await anonymous(app, "/")).text();
      expect(html, app.url).toContain("Shared Caches Considered Helpful");
      expect(cacheState(await anonymous(app, "/")), app.url).toBe("HIT");
    }
  });
});

describe("two hosts running the same jobs", () => {
  let smtp: TestSmtp;
  let fake: FakeUpstream;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    fake = await startFakeUpstream(recordedWorld({ oaiPageSize: 3 }));
  });
  afterAll(async () => {
    await smtp?.stop();
    await fake?.stop();
  });

  it("two concurrent digest:send runs mail each subscriber once", async () => {
    const people = Array.from({ length: 8 }, (_, i) => `reader${i + 1}@example.org`);
    for (const email of people)
      await shared.db.emailSubscriber.create({
        data: {
          id: randomBytes(12).toString("base64url"),
          email,
          frequency: "daily",
          status: "active",
          trending: true,
          confirmedAt: new Date(),
        },
      });
    const env = (host: string) => hostEnv(host, { APP_URL: "http://paperboard.test", ...smtp.env() });
    const runs = await Promise.all([
      runDigestSend(["--daily", "--date", "2026-03-13"], env("host-1")),
      runDigestSend(["--daily", "--date", "2026-03-13"], env("host-2")),
    ]);
    const outputs = runs.map((r) => r.output).join("\n---\n");
    // Either the second waited out nothing (the lease was held: it stops) or ran after the first (all sent).
    expect(
      runs.some((r) => r.code === 0 && /sent 8/.test(r.output)),
      outputs,
    ).toBe(true);
    expect(smtp.messages.map((m) => m.to[0]).sort(), outputs).toEqual([...people].sort());
    expect(await shared.db.emailDelivery.count({ where: { state: "sent" } })).toBe(people.length);
  });

  it("two syncs started together: one runs, the other finds the lease held", async () => {
    const sync = (host: string) => {
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/sync.ts"], {
        env: hostEnv(host, fakeSyncEnv(fake)),
      });
      let output = "";
      child.stdout.on("data", (c: Buffer) => (output += c.toString()));
      child.stderr.on("data", (c: Buffer) => (output += c.toString()));
      return new Promise<{ code: number | null; output: string }>((resolve) =>
        child.on("exit", (code) => resolve({ code, output })),
      );
    };
    const runs = await Promise.all([sync("host-1"), sync("host-2")]);
    const outputs = runs.map((r) => r.output).join("\n---\n");
    expect(
      runs.map((r) => r.code),
      outputs,
    ).toEqual([0, 0]);
    expect(
      runs.filter((r) => /^hf: \d+ new/m.test(r.output)),
      outputs,
    ).toHaveLength(1);
    expect(
      runs.filter((r) => /Another sync is running/.test(r.output)),
      outputs,
    ).toHaveLength(1);
    // Each Hugging Face day was fetched by one run only.
    const hfDays = fake.requests.map((r) => r.url).filter((p) => p.includes("daily_papers"));
    expect(new Set(hfDays).size).toBe(hfDays.length);
  });
});
