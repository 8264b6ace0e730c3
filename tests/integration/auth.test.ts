// better-auth wired to our schema, served over https: hashed passwords and Secure, httpOnly,
// SameSite session cookies (the e2e app runs over http, so this is where Secure is checked).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAuthSecret } from "@/lib/auth/secret";
import { getAuth } from "@/lib/auth/server";
import { hasSignedSessionCookie } from "@/lib/auth/session-cookie";
import { CLIENT_ADDRESS_HEADER } from "@/lib/edge/client-address";
import { createTestDb, useAsAppDb, type TestDb } from "../setup/db";

const APP = "https://papers.example";
let t: TestDb;
let dataDir: string;

beforeAll(async () => {
  t = await createTestDb();
  dataDir = mkdtempSync(path.join(os.tmpdir(), "paperboard-auth-data-"));
  process.env.APP_URL = APP;
  process.env.DATA_DIR = dataDir;
  delete process.env.AUTH_SECRET;
  await useAsAppDb(t);
});
afterAll(async () => {
  delete process.env.APP_URL;
  delete (globalThis as { paperboardAuth?: unknown }).paperboardAuth; // built for this file's env only
  rmSync(dataDir, { recursive: true, force: true });
  await t.dispose();
});

function post(endpoint: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return getAuth().handler(
    new Request(`${APP}/api/auth${endpoint}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP, [CLIENT_ADDRESS_HEADER]: "192.0.2.1", ...headers },
      body: JSON.stringify(body),
    }),
  );
}

describe("accounts over https", () => {
  it("sign-up sets a Secure, httpOnly, SameSite=Lax session cookie and stores only a hash", async () => {
    const response = await post("/sign-up/email", {
      name: "Ada",
      email: "ada@example.test",
      password: "a long enough password",
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/__Secure-better-auth\.session_token=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const account = await t.db.account.findFirstOrThrow({ where: { user: { email: "ada@example.test" } } });
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain("a long enough password");
  });

  it("refuses an untrusted origin once a cookie is present", async () => {
    const response = await post(
      "/sign-out",
      {},
      { origin: "https://evil.example", cookie: "__Secure-better-auth.session_token=x" },
    );
    expect(response.status).toBe(403);
  });

  it("limits sign-in attempts per client address (3 per 10 s)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (
          await post(
            "/sign-in/email",
            { email: "ada@example.test", password: "wrong password" },
            { [CLIENT_ADDRESS_HEADER]: "192.0.2.9" },
          )
        ).status,
      );
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(
      (
        await post(
          "/sign-in/email",
          { email: "ada@example.test", password: "a long enough password" },
          { [CLIENT_ADDRESS_HEADER]: "192.0.2.10" },
        )
      ).status,
    ).toBe(200);
  });

  it("keys its limit on the edge's client address, not on an X-Forwarded-For the client wrote", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const forged = { [CLIENT_ADDRESS_HEADER]: "192.0.2.20", "x-forwarded-for": `203.0.113.${i + 1}` };
      statuses.push(
        (await post("/sign-in/email", { email: "ada@example.test", password: "wrong password" }, forged)).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
  });

  it("signs the session cookie so that the proxy can tell it from a made-up one without the database", async () => {
    const response = await post(
      "/sign-in/email",
      { email: "ada@example.test", password: "a long enough password" },
      { [CLIENT_ADDRESS_HEADER]: "192.0.2.30" },
    );
    const value = /__Secure-better-auth\.session_token=([^;]+);/.exec(response.headers.get("set-cookie") ?? "")?.[1];
    expect(value).toBeTruthy();
    const cookie = (v: string) => new Headers({ cookie: `__Secure-better-auth.session_token=${v}` });
    expect(await hasSignedSessionCookie(cookie(value!), getAuthSecret())).toBe(true);
    // The same token with a signature of the right shape that we did not make, or under another secret.
    const [token] = decodeURIComponent(value!).split(".");
    expect(
      await hasSignedSessionCookie(cookie(encodeURIComponent(`${token}.${"A".repeat(43)}=`)), getAuthSecret()),
    ).toBe(false);
    expect(await hasSignedSessionCookie(cookie(value!), "another-secret-that-is-long-enough-0123456789")).toBe(false);
  });
});
