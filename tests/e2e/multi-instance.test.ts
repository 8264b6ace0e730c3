// Two app instances on one PostgreSQL and one Meilisearch, sharing no memory (docs/deploy.md): what one
// writes the other reads, two digest:send runs on two "hosts" mail each subscriber once, and two syncs
// started together run once (the database leases).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeSyncEnv } from "../fake-upstream/config";
import { type FakeUpstream, startFakeUpstream } from "../fake-upstream/server";
import { recordedWorld } from "../fake-upstream/world";
import type { AppServer } from "../setup/app-server";
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
