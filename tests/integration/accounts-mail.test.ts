// Accounts with email on, through better-auth's HTTP handler against a real SMTP server and SQLite:
// sign-up answers alike for new and taken addresses (status, body, timing class) and signs in
// nobody; the mailed link confirms and signs in once; an unconfirmed account's sign-in answers like
// a wrong password; reset mails a single-use, expiring link; a confirmed address gets follows mail
// at once; the operator's CLI resets a password when no mail can go out.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { CLIENT_ADDRESS_HEADER } from "@/lib/edge/client-address";
import { getAuth } from "@/lib/auth/server";
import { getFollowsDelivery, requestFollowsDelivery } from "@/lib/email/follows-delivery";
import { resetEnvCache } from "@/lib/env";
import { createTestDb, dbEnv, useAsAppDb, type TestDb } from "../setup/db";
import { linkIn, startTestSmtp, type CapturedMail, type TestSmtp } from "../setup/smtp";

const APP = "http://paperboard.test";
const PASSWORD = "a long enough password";
let t: TestDb;
let smtp: TestSmtp;
let dataDir: string;
let ip = 0;
let counter = 0;

const freshEmail = (name: string) => `${name}-${++counter}@example.test`;
const forgetAuth = () => delete (globalThis as { paperboardAuth?: unknown }).paperboardAuth;

/** One request to better-auth's handler, each from its own client address (its limits are per address). */
function call(
  method: "GET" | "POST",
  endpoint: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return getAuth().handler(
    new Request(`${APP}/api/auth${endpoint}`, {
      method,
      headers: {
        "content-type": "application/json",
        origin: APP,
        [CLIENT_ADDRESS_HEADER]: `198.51.100.${(++ip % 250) + 1}`,
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
}
const post = (endpoint: string, body: unknown, headers?: Record<string, string>) =>
  call("POST", endpoint, body, headers);

async function mailTo(email: string, count = 1): Promise<CapturedMail> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const mails = smtp.messages.filter((m) => m.to[0] === email);
    if (mails.length >= count) return mails[count - 1]!;
    if (Date.now() > deadline) throw new Error(`expected ${count} mails to ${email}, got ${mails.length}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
const tokenIn = (mail: CapturedMail, page: string) =>
  new URL(linkIn(mail, `${APP}/${page}?`)).searchParams.get("token")!;

/** The parts of a sign-up answer that do not differ between any two answers (ids and clocks do). */
function shapeOf(json: { token: unknown; user: Record<string, unknown> }) {
  const { id, createdAt, updatedAt, ...user } = json.user;
  return { token: json.token, user, types: [typeof id, typeof createdAt, typeof updatedAt] };
}

async function signUp(
  email: string,
  password = PASSWORD,
): Promise<{ status: number; cookie: string | null; body: ReturnType<typeof shapeOf>; ms: number }> {
  const started = performance.now();
  const response = await post("/sign-up/email", { name: "Reader", email, password });
  const ms = performance.now() - started;
  return {
    status: response.status,
    cookie: response.headers.get("set-cookie"),
    body: shapeOf(await response.json()),
    ms,
  };
}

async function confirmedAccount(email: string): Promise<string> {
  await signUp(email);
  const verified = await call("GET", `/verify-email?token=${tokenIn(await mailTo(email), "verify-email")}`);
  expect(verified.status).toBe(200);
  return verified.headers.get("set-cookie")!;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

beforeAll(async () => {
  t = await createTestDb();
  smtp = await startTestSmtp();
  dataDir = mkdtempSync(path.join(os.tmpdir(), "paperboard-accounts-mail-"));
  Object.assign(process.env, { APP_URL: APP, DATA_DIR: dataDir, ...smtp.env() });
  delete process.env.AUTH_SECRET;
  resetEnvCache();
  await useAsAppDb(t);
  forgetAuth(); // built for this file's env (email on)
});
afterAll(async () => {
  forgetAuth();
  for (const key of ["APP_URL", "SMTP_HOST", "SMTP_PORT", "SMTP_SECURE"]) delete process.env[key];
  await smtp.stop();
  await t.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("sign-up with email on", () => {
  it("answers a new and a taken address alike, signs in neither, and mails each its own mail", async () => {
    const taken = freshEmail("taken");
    const first = await signUp(taken);
    await mailTo(taken);
    const fresh = await signUp(freshEmail("fresh"));
    const again = await signUp(taken, "another long password");
    for (const answer of [first, fresh, again]) {
      expect(answer.status).toBe(200);
      expect(answer.cookie).toBeNull();
    }
    expect(again.body).toEqual({ ...fresh.body, user: { ...fresh.body.user, email: taken } });
    expect((await mailTo(taken, 1)).parsed.subject).toBe("Confirm your email address for Paperboard");
    const attempt = await mailTo(taken, 2);
    expect(attempt.parsed.subject).toBe("Someone tried to create a Paperboard account with your address");
    expect(linkIn(attempt, `${APP}/reset-password?token=`)).toMatch(/token=[A-Za-z0-9]{20,}$/);
    // The taken address keeps its first password: the attempt changed nothing.
    expect(await t.db.user.count({ where: { email: taken } })).toBe(1);
  });

  it("takes as long for a taken address as for a new one (same timing class)", async () => {
    const taken = Array.from({ length: 4 }, () => freshEmail("timed"));
    for (const email of taken) await signUp(email);
    const times = { fresh: [] as number[], taken: [] as number[] };
    for (const email of taken) {
      times.fresh.push((await signUp(freshEmail("timed-new"))).ms);
      times.taken.push((await signUp(email)).ms);
    }
    const [a, b] = [median(times.fresh), median(times.taken)];
    // Both are one password hash plus a few queries; mail goes out after the answer, never before.
    expect(Math.max(a, b) / Math.min(a, b)).toBeLessThan(2);
  });
});

describe("confirming the address", () => {
  it("refuses sign-in until confirmed, answering exactly like a wrong password, and mails a fresh link", async () => {
    const email = freshEmail("unconfirmed");
    await signUp(email);
    await mailTo(email);
    const right = await post("/sign-in/email", { email, password: PASSWORD });
    const wrong = await post("/sign-in/email", { email, password: "not the password at all" });
    expect([right.status, right.headers.get("set-cookie"), await right.text()]).toEqual([
      wrong.status,
      null,
      await wrong.text(),
    ]);
    expect(right.status).toBe(401);
    expect((await mailTo(email, 2)).parsed.subject).toBe("Confirm your email address for Paperboard");
  });

  it("confirms and signs in from the mailed link, once", async () => {
    const email = freshEmail("confirm");
    await signUp(email);
    const token = tokenIn(await mailTo(email), "verify-email");
    const first = await call("GET", `/verify-email?token=${token}`);
    expect(first.status).toBe(200);
    const cookie = first.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/better-auth\.session_token=/);
    const session = await getAuth().api.getSession({ headers: new Headers({ cookie: cookie.split(";")[0]! }) });
    expect(session?.user).toMatchObject({ email, emailVerified: true });
    const second = await call("GET", `/verify-email?token=${token}`);
    expect(second.headers.get("set-cookie")).toBeNull(); // a used link signs nobody in again
    expect((await post("/sign-in/email", { email, password: PASSWORD })).status).toBe(200);
    const forged = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    expect((await call("GET", `/verify-email?token=${forged}`)).status).toBe(401);
  });
});

describe("password reset", () => {
  it("answers alike for known and unknown addresses; the mailed link sets a new password once, and signs out", async () => {
    const email = freshEmail("reset");
    const cookie = await confirmedAccount(email);
    const known = await post("/request-password-reset", { email });
    const unknown = await post("/request-password-reset", { email: freshEmail("nobody") });
    expect([known.status, await known.text()]).toEqual([unknown.status, await unknown.text()]);
    const mail = await mailTo(email, 2);
    expect(mail.parsed.subject).toBe("Reset your Paperboard password");
    const token = tokenIn(mail, "reset-password");

    expect((await post("/reset-password", { token, newPassword: "a brand new password" })).status).toBe(200);
    expect((await post("/sign-in/email", { email, password: PASSWORD })).status).toBe(401);
    expect((await post("/sign-in/email", { email, password: "a brand new password" })).status).toBe(200);
    expect(await getAuth().api.getSession({ headers: new Headers({ cookie: cookie.split(";")[0]! }) })).toBeNull();

    const reused = await post("/reset-password", { token, newPassword: "yet another password" });
    expect([reused.status, ((await reused.json()) as { code: string }).code]).toEqual([400, "INVALID_TOKEN"]);
    expect((await post("/sign-in/email", { email, password: "a brand new password" })).status).toBe(200);
  });

  it("refuses an expired link", async () => {
    const email = freshEmail("expired");
    await confirmedAccount(email);
    await post("/request-password-reset", { email });
    const token = tokenIn(await mailTo(email, 2), "reset-password");
    await t.db.verification.updateMany({
      where: { identifier: `reset-password:${token}` },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const late = await post("/reset-password", { token, newPassword: "a brand new password" });
    expect([late.status, ((await late.json()) as { code: string }).code]).toEqual([400, "INVALID_TOKEN"]);
    expect((await post("/sign-in/email", { email, password: PASSWORD })).status).toBe(200);
  });

  it("confirms the address of an account that never opened its confirmation link", async () => {
    const email = freshEmail("late");
    await signUp(email);
    await mailTo(email);
    await post("/request-password-reset", { email });
    const token = tokenIn(await mailTo(email, 2), "reset-password");
    expect((await post("/reset-password", { token, newPassword: "a brand new password" })).status).toBe(200);
    expect((await post("/sign-in/email", { email, password: "a brand new password" })).status).toBe(200);
  });
});

describe("a confirmed address", () => {
  it("gets follows by email at once, without another confirmation mail", async () => {
    const email = freshEmail("follows");
    await confirmedAccount(email);
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    const before = smtp.messages.length;
    expect(await requestFollowsDelivery(getDb(), { id: user.id, email }, "weekly")).toBe("on");
    expect(await getFollowsDelivery(getDb(), { id: user.id, email })).toEqual({
      state: "on",
      email,
      frequency: "weekly",
      withTrending: false,
    });
    expect(smtp.messages.length).toBe(before);
  });
});

describe("npm run user:reset-password", () => {
  it("prints a new password that works, and the old one stops working", async () => {
    const email = freshEmail("operator");
    await confirmedAccount(email);
    const env = { ...process.env, ...dbEnv(t), DATA_DIR: dataDir };
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/user-reset-password.ts", email],
      { env, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    const password = new RegExp(`^New password for ${email.replace(/\./g, "\\.")}: (\\S+)$`, "m").exec(output)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect((await post("/sign-in/email", { email, password: PASSWORD })).status).toBe(401);
    expect((await post("/sign-in/email", { email, password })).status).toBe(200);
  });
});
